/** @jest-environment jsdom */
import '../support/dom-shims';
import { act, screen } from '@testing-library/react';
import { OpenPlan } from '../../../src/components/OpenPlan';
import { FollowPlan, LiveConnectionProvider } from '../../../src/lib/live';
import { useCurrentPlan } from '../../../src/lib/plan-context';
import { textOf } from '../../../src/plan/read-values';
import { PLAN_ID } from '../../agenda/plan-factory';
import { MemoryPlanStore } from '../../support/memory-plan-store';
import { planWithAgreedMeeting } from '../meeting/meeting-fixture';
import { renderWithStore } from '../support/render-with-store';
import { FakeLiveService } from './fake-live-service';

function ActionTitles() {
  const { plan } = useCurrentPlan();
  return <p data-testid="titles">{plan.sections.actions.map((a) => textOf(a.values.ActionTitle)).join(' | ')}</p>;
}

const settle = () => act(() => jest.advanceTimersByTimeAsync(0));

/** The plan tab's way of keeping its plan current: FollowPlan inside the opened plan, as TabSurface renders it. */
async function openPlanTab(service: FakeLiveService | undefined) {
  const store = new MemoryPlanStore(planWithAgreedMeeting());
  renderWithStore(
    store,
    <LiveConnectionProvider connection={service?.connection()}>
      <OpenPlan planId={PLAN_ID}>
        {() => (
          <>
            <FollowPlan />
            <ActionTitles />
          </>
        )}
      </OpenPlan>
    </LiveConnectionProvider>,
  );
  for (let step = 0; step < 3; step += 1) await settle();
  return store;
}

describe('the plan tab, live', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows a row another person changed, from the service’s stream, without reading SharePoint again', async () => {
    const service = new FakeLiveService();
    const store = await openPlanTab(service);
    expect(service.streams).toHaveLength(1);
    expect(service.streams[0]!.url).toMatch(new RegExp(`/plans/${PLAN_ID}/events\\?since=\\d+$`));
    const row = store.editAsSomeoneElse('actions', 'a1', { ActionTitle: 'Book the big hall instead' });
    await act(async () => {
      service.ready();
      service.send('change', { changes: [{ kind: 'upsert', row }], by: { email: 'p@x.example', displayName: 'Priya' }, at: new Date().toISOString() });
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByTestId('titles')).toHaveTextContent('Book the big hall instead');
    // Nobody's page polls storage for changes: the service pushes them.
    await act(() => jest.advanceTimersByTimeAsync(30_000));
    expect(store.feed.calls).toHaveLength(0);
  });

  it('reads the plan again when the service can no longer replay what was missed', async () => {
    const service = new FakeLiveService();
    const store = await openPlanTab(service);
    await act(async () => {
      service.ready();
      await jest.advanceTimersByTimeAsync(0);
    });
    store.editAsSomeoneElse('actions', 'a2', { ActionTitle: 'Proofs went by post' });
    service.drop();
    await act(() => jest.advanceTimersByTimeAsync(1000));
    await act(async () => {
      service.send('resync', { reason: 'gone' });
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByTestId('titles')).toHaveTextContent('Proofs went by post');
  });

  it('without a plan service, polls nothing: the plan stays as read', async () => {
    const store = await openPlanTab(undefined);
    await act(() => jest.advanceTimersByTimeAsync(30_000));
    expect(store.feed.calls).toHaveLength(0);
  });
});
