import { meetingFeed } from '../../../src/features/meeting/meeting-feed';
import { newRowKey } from '../../../src/lib/row-key';
import { makePlan, row } from '../../agenda/plan-factory';

const MEETING_KEY = 'meeting-7';
const SAME_SECOND = '2031-02-02T10:15:42Z';

describe("the meeting's feed", () => {
  it('keeps records made in the same second (SharePoint dates to the second) in the order they were made', () => {
    const t0 = Date.parse('2031-02-02T10:15:42.100Z');
    // An update, then a note 300 ms later, then a decision: made in that order, whatever their random parts.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const made = [newRowKey(t0), newRowKey(t0 + 300), newRowKey(t0 + 650)];
      const plan = makePlan({}, [
        row('decisions', made[2]!, { DecisionText: 'Third', MeetingKey: MEETING_KEY }, { created: SAME_SECOND }),
        row('meetingNotes', made[1]!, { Note: 'Second', MeetingKey: MEETING_KEY }, { created: SAME_SECOND }),
        row('communityUpdates', made[0]!, { Activity: 'First', Community: 'Farm workers', RaisedInMeeting: MEETING_KEY }, { created: SAME_SECOND }),
      ]);
      expect(meetingFeed(plan, MEETING_KEY).map((e) => e.text)).toEqual(['First', 'Second', 'Third']);
    }
  });

  it('orders by the time SharePoint gives first', () => {
    const plan = makePlan({}, [
      row('decisions', newRowKey(1_000), { DecisionText: 'Later second', MeetingKey: MEETING_KEY }, { created: '2031-02-02T10:15:43Z' }),
      row('meetingNotes', newRowKey(2_000), { Note: 'Earlier second', MeetingKey: MEETING_KEY }, { created: SAME_SECOND }),
    ]);
    expect(meetingFeed(plan, MEETING_KEY).map((e) => e.text)).toEqual(['Earlier second', 'Later second']);
  });
});

describe('a new row key', () => {
  it('is a version 7 UUID whose text sorts in the order the keys were made', () => {
    const keys = [0, 1, 999, 1_000, 1_733_000_000_000, 1_733_000_000_001].map((ms) => newRowKey(ms));
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(Array.from({ length: 1000 }, () => newRowKey(5))).size).toBe(1000);
  });
});
