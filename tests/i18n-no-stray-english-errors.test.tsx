/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { CreatePlanForm } from '../src/components/CreatePlanForm';
import { OpenPlan } from '../src/components/OpenPlan';
import { SignedOutPage } from '../src/components/SignedOutPage';
import { StoreProvider } from '../src/lib/store-context';
import type { PlanStore } from '../src/storage/port';
import { AskToSign } from '../src/features/sign-off/AskToSign';
import { NudgeSettingsButton } from '../src/features/nudges/NudgeSettingsButton';
import { NudgesProvider, type Nudges } from '../src/lib/nudges-context';
import { ChangesStatus } from '../src/components/ChangesStatus';
import { SaveNoticeBar } from '../src/components/SaveNoticeBar';
import type { Translate } from '../src/i18n';
import { translateFor } from '../src/i18n/catalogues';
import { PlanProvider, type LoadedPlan } from '../src/lib/plan-context';
import type { PlanChange } from '../src/lib/plan-changes';
import { noticeFor, noticeForFailure } from '../src/lib/save-notice';
import { ValidationError, validateValues, sectionById } from '../src/plan';
import { ConflictError, ForbiddenError, NotFoundError, OfflineError, StorageError, ThrottledError } from '../src/storage/errors';
import type { ChangeFailure, ChangeOperation, QueuedChange } from '../src/storage/outbox';
import { DEFAULT_OUTBOX_RETRY } from '../src/storage/outbox';
import { outcomeOf } from '../src/storage/outbox/outcome';
import { markerTranslate } from './support/marker-translate';
import { MemoryPlanStore } from './support/memory-plan-store';
import { renderWithStore } from './ui/support/render-with-store';
import { englishFollowsASentence, strayEnglish } from './support/stray-english';
import './ui/support/dom-shims';

/**
 * What storage, the outbox and the plan service say goes wrong reaches a Welsh reader in Welsh:
 * the notice of an undone save and the list of changes not saved say only catalogue sentences,
 * and storage's own (English) words only after one, marked `lang="en"`.
 */

let t: Translate = markerTranslate();
jest.mock('../src/i18n/MessagesProvider', () => ({ ...jest.requireActual('../src/i18n/MessagesProvider'), useMessages: () => t }));
jest.mock('../src/i18n/use-full-messages', () => ({ useFullMessages: () => t }));

const SERVER_WORDS = 'The plan service says this in English only.';

function refusedValues(): ValidationError {
  try {
    validateValues(sectionById('actions'), { ActionTitle: ' ', DueDate: '2031-02-30' }, 'update');
  } catch (error) {
    if (error instanceof ValidationError) return error;
  }
  throw new Error('The values were accepted.');
}

/** Every error storage and the service client throw at a save, by what a person meets. */
const ERRORS: ReadonlyArray<readonly [string, unknown]> = [
  ['offline', new OfflineError(new TypeError('Failed to fetch'))],
  ['throttled', new ThrottledError(2000)],
  ['conflict', new ConflictError('actions', 'action-1')],
  ['forbidden, in our words', new ForbiddenError()],
  ['forbidden, in the service’s words', new ForbiddenError(SERVER_WORDS)],
  ['not found', new NotFoundError(SERVER_WORDS)],
  ['refused values', refusedValues()],
  ['a code the catalogue words', new StorageError(409, 'teamsMeetingLinkedElsewhere', SERVER_WORDS)],
  ['the service failing', new StorageError(500, 'internal', SERVER_WORDS)],
  ['a code the catalogue does not know', new StorageError(400, 'somethingNew', SERVER_WORDS)],
  ['an unexpected error', new Error(SERVER_WORDS)],
];

const UPDATE: ChangeOperation = { kind: 'update', input: { planId: 'plan-1', section: 'actions', key: 'action-1', etag: '"1"', changes: {} as never } };
const CREATE: ChangeOperation = { kind: 'create', input: { planId: 'plan-1', section: 'actions', key: 'action-1', values: {} as never } };

/** What the outbox makes of an error on its last try: a failure, or the reason a change still waits. */
function reasonFor(error: unknown): PlanChange['reason'] {
  const outcome = outcomeOf(error, UPDATE, DEFAULT_OUTBOX_RETRY.maxServerErrorAttempts, DEFAULT_OUTBOX_RETRY, () => 0.5);
  if (outcome.kind === 'failed') return { failed: outcome.failure };
  if (outcome.kind === 'retry') return { retrying: outcome.problem };
  return undefined;
}

/** The failures the outbox gives up with by itself, not on storage's word. */
const OWN_FAILURES: ReadonlyArray<readonly [string, ChangeFailure]> = [
  ['discarded', { kind: 'discarded' }],
  ['not kept on the device', { kind: 'notKept', problem: { kind: 'failed', said: 'QuotaExceededError' } }],
  ['waiting on a create storage refused', { kind: 'dependency', problem: { kind: 'refused', code: 'somethingNew', said: SERVER_WORDS } }],
  ['waiting on a create that was forbidden', { kind: 'dependency', problem: { kind: 'forbidden' } }],
];

function renderNotice(notice: ReturnType<typeof noticeFor>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SaveNoticeBar notice={notice} onDismiss={() => {}} />
    </FluentProvider>,
  );
}

function changeWith(reason: PlanChange['reason'], index: number): PlanChange {
  const state = reason && 'failed' in reason ? 'failed' : 'waiting';
  const change = { id: `change-${index}`, seq: index, queuedAt: '2031-03-01T10:00:00.000Z', operation: CREATE, state, attempts: 1 } as QueuedChange;
  return { id: change.id, state, kind: 'create', section: 'actions', key: `action-${index}`, label: '', reason, change };
}

function renderChanges(changes: PlanChange[]) {
  const plan = { changes, waiting: changes.filter((c) => c.state === 'waiting').length, discardChange: async () => {}, retryNow: () => {} } as unknown as LoadedPlan;
  render(
    <FluentProvider theme={webLightTheme}>
      <PlanProvider value={plan}>
        <ChangesStatus />
      </PlanProvider>
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button'));
  return screen.getByRole('dialog');
}

afterEach(() => {
  t = markerTranslate();
});

describe('an undone save’s notice, read in Welsh', () => {
  it.each(ERRORS)('says a storage error (%s) only in catalogue sentences', (_, error) => {
    const { container } = renderNotice(noticeFor(error, 'actions'));
    expect(strayEnglish(container)).toEqual([]);
    expect(englishFollowsASentence(container)).toBe(true);
  });

  // Lost connections and busy servers keep a change waiting, and a conflict asks for a choice: not failures.
  const failures = ERRORS.flatMap(([name, error]) => {
    const reason = reasonFor(error);
    return reason && 'failed' in reason ? [[name, reason.failed] as const] : [];
  });

  it('has a failure for every error that is not worth a retry', () => {
    expect(failures).toHaveLength(ERRORS.length - 3);
  });

  it.each([...failures, ...OWN_FAILURES])('says the outbox’s failure (%s) only in catalogue sentences', (_, failure) => {
    const { container } = renderNotice(noticeForFailure(failure, 'actions'));
    expect(strayEnglish(container)).toEqual([]);
    expect(englishFollowsASentence(container)).toBe(true);
  });

  it('shows storage’s words it cannot word as English, under the Welsh sentence', () => {
    t = translateFor('cy-GB');
    const { container } = renderNotice(noticeFor(new StorageError(400, 'somethingNew', SERVER_WORDS), 'actions'));
    expect(container.textContent).toContain('Nid oedd modd cadw eich newid ac fe’i dadwnaethpwyd.');
    expect(container.querySelector('[lang="en"]')?.textContent).toBe(SERVER_WORDS);
  });
});

describe('the list of changes not saved, read in Welsh', () => {
  const reasons = [...ERRORS.map(([, error]) => reasonFor(error)), ...OWN_FAILURES.map(([, failed]) => ({ failed }))];

  it('has a failure or a reason to wait for every error', () => {
    expect(reasons.filter((r) => r === undefined)).toHaveLength(1); // a conflict is a choice, not a reason
  });

  it('says why each change failed or waits only in catalogue sentences', () => {
    const list = renderChanges(reasons.filter((r) => r !== undefined).map(changeWith));
    expect(list.querySelectorAll('li')).toHaveLength(reasons.length - 1);
    expect(strayEnglish(list)).toEqual([]);
    expect(englishFollowsASentence(list)).toBe(true);
    expect(list.querySelectorAll('[lang="en"]').length).toBeGreaterThan(0);
  });

  it('gives an English reader and a Welsh reader the same failure each in their own language', () => {
    const failed = changeWith({ failed: { kind: 'dependency', problem: { kind: 'forbidden' } } }, 1);
    t = translateFor('cy-GB');
    const welsh = renderChanges([failed]).textContent;
    document.body.innerHTML = '';
    t = translateFor('en-GB');
    const english = renderChanges([failed]).textContent;
    expect(welsh).toContain('Ni chadwyd erioed y rhes y mae’r newid hwn ar ei chyfer. Nid oes gennych hawl i wneud hyn.');
    expect(english).toContain('The row this change is for was never saved. You do not have the right to do this.');
  });
});

describe('the features’ error bars, read in Welsh', () => {
  function nudgesFailingWith(error: unknown): Nudges {
    return {
      askToSign: async () => Promise.reject(error),
      settings: async () => Promise.reject(error),
      saveSettings: async () => Promise.reject(error),
      readDigest: async () => [],
      markDigestSeen: async () => {},
    };
  }

  function renderWithNudges(nudges: Nudges, children: React.ReactNode) {
    return render(
      <FluentProvider theme={webLightTheme}>
        <NudgesProvider nudges={nudges}>{children}</NudgesProvider>
      </FluentProvider>,
    );
  }

  it.each(ERRORS)('asking to sign says why it failed (%s) only in catalogue sentences', async (_, error) => {
    const { container } = renderWithNudges(nudgesFailingWith(error), <AskToSign planId="plan-1" again={false} />);
    fireEvent.click(screen.getByRole('button'));
    const bar = (await screen.findByText(/⟪⟫/, { selector: '.fui-MessageBarBody' })) as HTMLElement;
    expect(bar.textContent).toMatch(/^⟪⟫⟪⟫ ⟪⟫⟪⟫/); // the bar's sentence, then the problem's
    expect(strayEnglish(container)).toEqual([]);
    expect(englishFollowsASentence(container)).toBe(true);
  });

  it.each(ERRORS)('the notification choices say why they could not be read (%s) only in catalogue sentences', async (_, error) => {
    renderWithNudges(nudgesFailingWith(error), <NudgeSettingsButton />);
    fireEvent.click(screen.getByRole('button'));
    const dialog = await screen.findByRole('dialog');
    await screen.findByText(/⟪⟫/, { selector: '.fui-MessageBarBody' });
    expect(strayEnglish(dialog)).toEqual([]);
    expect(englishFollowsASentence(dialog)).toBe(true);
  });

  // Refused values land on the form's own fields, in the catalogue's words (tests/i18n-validation.test.ts).
  it.each(ERRORS.filter(([, error]) => !(error instanceof ValidationError)))(
    'starting a plan says why storage refused it (%s) only in catalogue sentences',
    async (_, error) => {
      const createPlan = jest.fn(async () => Promise.reject(error));
      const store = { whoAmI: () => new Promise(() => {}), createPlan } as unknown as PlanStore;
      const { container } = render(
        <FluentProvider theme={webLightTheme}>
          <StoreProvider store={store} outbox={store as never}>
            <CreatePlanForm onCreated={() => {}} />
          </StoreProvider>
        </FluentProvider>,
      );
      const [council, census] = screen.getAllByRole('textbox');
      fireEvent.change(council!, { target: { value: 'Ottery Down Council' } });
      fireEvent.change(census!, { target: { value: '2031' } });
      fireEvent.click(screen.getByRole('button'));
      await screen.findByText(/⟪⟫/, { selector: '.fui-Field__validationMessage' });
      expect(createPlan).toHaveBeenCalledTimes(1);
      expect(strayEnglish(container)).toEqual([]);
      expect(englishFollowsASentence(container)).toBe(true);
    },
  );

  // A plan not found is named by its id (plan.notFoundBody): data, not words.
  it.each(ERRORS.filter(([, error]) => !(error instanceof NotFoundError)))('opening a plan says why it could not (%s) only in catalogue sentences', async (_, error) => {
    const store = new MemoryPlanStore();
    store.loadPlan = async () => Promise.reject(error);
    const { container } = renderWithStore(store, <OpenPlan planId="plan-1">{() => null}</OpenPlan>);
    await screen.findByText(/⟪⟫/, { selector: '.fui-MessageBarBody' });
    expect(strayEnglish(container)).toEqual([]);
    expect(englishFollowsASentence(container)).toBe(true);
  });

  it('the signed-out page shows why signing out stopped as English, under a catalogue sentence', () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <SignedOutPage problem="QuotaExceededError: the database could not be deleted." onSignInAgain={() => {}} />
      </FluentProvider>,
    );
    expect(strayEnglish(container)).toEqual([]);
    expect(englishFollowsASentence(container)).toBe(true);
    expect(container.querySelector('[lang="en"]')?.textContent).toBe('QuotaExceededError: the database could not be deleted.');
  });
});
