import { pickSurface } from '../../../src/app/surfaces';

/** The address Teams keeps for a configured tab (tab-config-for.ts): the plan tab, by name. */
const SAVED_TAB_ADDRESS = '?surface=tab&plan=kestrel-vale';

describe('which surface a meeting frame opens', () => {
  const inMeeting = (frame: 'content' | 'sidePanel' | 'meetingStage') => ({ inTeams: true, frame, meetingId: 'meeting-1' });

  it("opens the meeting's surfaces in a Teams meeting although the saved address names the plan tab", () => {
    expect(pickSurface(SAVED_TAB_ADDRESS, inMeeting('content')).id).toBe('meeting-details');
    expect(pickSurface(SAVED_TAB_ADDRESS, inMeeting('sidePanel')).id).toBe('side-panel');
    expect(pickSurface(SAVED_TAB_ADDRESS, inMeeting('meetingStage')).id).toBe('stage');
  });

  it('keeps the plan tab in a channel, and the stage the side panel shared by its own address', () => {
    expect(pickSurface(SAVED_TAB_ADDRESS, { inTeams: true, frame: 'content' }).id).toBe('tab');
    expect(pickSurface('?surface=stage&plan=kestrel-vale&meeting=m', inMeeting('meetingStage')).id).toBe('stage');
  });

  it('opens each meeting surface by name in a browser', () => {
    for (const id of ['meeting-details', 'side-panel', 'stage', 'meeting-chat']) {
      expect(pickSurface(`?surface=${id}&plan=kestrel-vale&meeting=m`, { inTeams: false, frame: 'browser' }).id).toBe(id);
    }
  });
});
