/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import * as closing from '../src/features/meeting/close-record';
import { CloseMeetingDialog } from '../src/features/meeting/CloseMeetingDialog';
import { MeetingContext, type CurrentMeeting } from '../src/features/meeting/meeting-context';
import { useMeetingWrites } from '../src/features/meeting/use-meeting-writes';
import { problemText, type Translate } from '../src/i18n';
import { translateFor } from '../src/i18n/catalogues';
import { PlanProvider, type LoadedPlan } from '../src/lib/plan-context';
import { problemOf } from '../src/storage/errors';
import { MeetingDetailsSurface, SidePanelSurface } from '../src/features/meeting';
import { makePlan, meeting, MEETING } from './agenda/plan-factory';
import { MemoryPlanStore } from './support/memory-plan-store';
import { agreedAgenda, MEETING_KEY, planWithAgreedMeeting, planWithoutMeeting, renderSurface } from './ui/meeting/meeting-fixture';
import { markerTranslate } from './support/marker-translate';
import { englishFollowsASentence, strayEnglish } from './support/stray-english';
import './ui/support/dom-shims';

/**
 * The meeting's own screens say what goes wrong in the reader's language: closing a meeting with
 * values the plan refuses, or failing for a reason nobody foresaw, says it in catalogue sentences,
 * with any thrown words only after one, marked as English.
 */

let t: Translate = markerTranslate();
jest.mock('../src/i18n/MessagesProvider', () => ({ ...jest.requireActual('../src/i18n/MessagesProvider'), useMessages: () => t }));
jest.mock('../src/i18n/use-full-messages', () => ({ useFullMessages: () => t }));
jest.mock('../src/features/meeting/close-record', () => {
  const actual: typeof closing = jest.requireActual('../src/features/meeting/close-record');
  return { ...actual, closeRecord: jest.fn(actual.closeRecord) };
});

const THROWN = 'Cannot read properties of undefined (reading "values")';

function renderCloseDialog() {
  const plan = planWithAgreedMeeting();
  const updateRow = jest.fn(async () => true);
  render(
    <FluentProvider theme={webLightTheme}>
      <PlanProvider value={{ plan, updateRow } as unknown as LoadedPlan}>
        <CloseMeetingDialog open meeting={plan.sections.meetings[0]!} agenda={agreedAgenda()} onClose={() => {}} />
      </PlanProvider>
    </FluentProvider>,
  );
  return { dialog: screen.getByRole('dialog'), updateRow };
}

/** Attendees written as markup: the plan refuses the meeting's values. */
function closeWithMarkup(dialog: HTMLElement) {
  const [, attendees] = dialog.querySelectorAll('textarea');
  fireEvent.change(attendees!, { target: { value: '<b>Ava Lindqvist</b>' } });
  fireEvent.submit(dialog.querySelector('form')!);
}

afterEach(() => {
  t = markerTranslate();
});

describe('closing a meeting, read in Welsh', () => {
  it('says why the values were refused only in catalogue sentences, and writes nothing', () => {
    const { dialog, updateRow } = renderCloseDialog();
    closeWithMarkup(dialog);
    const bar = dialog.querySelector('.fui-MessageBarBody') as HTMLElement;
    expect(bar.textContent).toMatch(/⟪⟫/);
    expect(strayEnglish(bar)).toEqual([]);
    expect(bar.querySelector('[lang="en"]')).toBeNull();
    expect(updateRow).not.toHaveBeenCalled();
  });

  it('says the refusal in Welsh words a Welsh reader can act on', () => {
    t = translateFor('cy-GB');
    const { dialog } = renderCloseDialog();
    closeWithMarkup(dialog);
    const bar = dialog.querySelector('.fui-MessageBarBody') as HTMLElement;
    expect(bar.textContent).toContain(translateFor('cy-GB')('problem.invalid'));
    expect(bar.textContent).toContain('Yn bresennol'); // the Attendees field, in the schema's Welsh
    expect(bar.textContent).not.toMatch(/must be plain text/);
  });

  it('says an unforeseen failure in a catalogue sentence, the thrown words after it marked as English', () => {
    jest.mocked(closing.closeRecord).mockImplementationOnce(() => {
      throw new TypeError(THROWN);
    });
    const { dialog, updateRow } = renderCloseDialog();
    fireEvent.submit(dialog.querySelector('form')!);
    const bar = within(dialog).getByText(THROWN).closest('.fui-MessageBarBody') as HTMLElement;
    expect(strayEnglish(bar)).toEqual([]);
    expect(englishFollowsASentence(bar)).toBe(true);
    expect(bar.querySelector('[lang="en"]')?.textContent).toBe(THROWN);
    expect(updateRow).not.toHaveBeenCalled();
  });
});

describe('a record for a meeting not yet in the plan', () => {
  it('is not written, and says why in the catalogue’s words only', () => {
    const plan = planWithoutMeeting();
    const updateRow = jest.fn(async () => true);
    const meeting = { key: MEETING_KEY, teamsMeetingId: undefined, row: undefined, info: undefined } as CurrentMeeting;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PlanProvider value={{ plan, updateRow } as unknown as LoadedPlan}>
        <MeetingContext.Provider value={meeting}>{children}</MeetingContext.Provider>
      </PlanProvider>
    );
    const { result } = renderHook(() => useMeetingWrites(), { wrapper });
    let thrown: unknown;
    try {
      result.current.setActionStatus(plan.sections.actions[0]!, 'Done');
    } catch (error) {
      thrown = error;
    }
    expect(updateRow).not.toHaveBeenCalled();
    expect(problemText(translateFor('cy-GB'), problemOf(thrown))).toEqual({
      sentence: 'Nid oedd modd gwneud hyn.',
      details: ['Nid yw’r cyfarfod hwn yn y cynllun eto: cytunwch ar ei agenda yn gyntaf.'],
    });
  });
});

describe('a saved agenda that cannot be read, read in Welsh', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));
  const unreadable = () => new MemoryPlanStore(makePlan({}, [meeting(MEETING_KEY, MEETING, { MeetingStatus: 'Planned', AgendaSnapshot: '{"items": ' })]));

  it.each([
    ['the side panel', SidePanelSurface],
    ['the meeting details', MeetingDetailsSurface],
  ])('%s says so in a catalogue sentence, the parser’s English after it, marked', async (_, Surface) => {
    renderSurface(Surface, unreadable());
    const english = await screen.findByText(/JSON/, { selector: '[lang="en"]' });
    const said = english.parentElement!;
    expect(said.textContent).toMatch(/^⟪⟫⟪⟫ /); // the catalogue's sentence first
    expect(strayEnglish(said)).toEqual([]);
    expect(englishFollowsASentence(said)).toBe(true);
  });
});
