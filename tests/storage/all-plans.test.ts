import type { Plan, PlanSummary } from '../../src/plan';
import { loadAllPlans } from '../../src/storage/all-plans';

const summaries: PlanSummary[] = Array.from({ length: 7 }, (_, i) => ({
  id: `council-${i + 1}`,
  council: `Council ${i + 1}`,
  census: 'Census 2031',
  modified: '2031-01-01T00:00:00Z',
  header: { CouncilName: `Council ${i + 1}` } as PlanSummary['header'],
}));

/** A site of seven plans whose reads take a moment, counting how many run at once. */
function slowSite(failOn?: string) {
  const wire = { now: 0, peak: 0, started: [] as string[] };
  const store = {
    listPlans: async () => summaries,
    loadPlan: async (id: string) => {
      wire.started.push(id);
      wire.peak = Math.max(wire.peak, ++wire.now);
      await new Promise((resolve) => setTimeout(resolve, 5));
      wire.now--;
      if (id === failOn) throw new Error(`SharePoint could not read ${id}.`);
      return { header: { key: id } } as unknown as Plan;
    },
  };
  return { store, wire };
}

describe('reading every plan of a site', () => {
  it('reads at most three at a time, keeps the listed order and reports each plan read', async () => {
    const { store, wire } = slowSite();
    const progress: [number, number][] = [];
    const plans = await loadAllPlans(store, { onProgress: (loaded, total) => progress.push([loaded, total]) });
    expect(plans.map((p) => p.header.key)).toEqual(summaries.map((s) => s.id));
    expect(wire.peak).toBe(3);
    expect(progress).toEqual(Array.from({ length: 8 }, (_, i) => [i, 7]));
  });

  it('stops starting new reads after one fails, and says which', async () => {
    const { store, wire } = slowSite('council-2');
    await expect(loadAllPlans(store, { concurrency: 2 })).rejects.toThrow('SharePoint could not read council-2.');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(wire.started.length).toBeLessThan(summaries.length);
  });

  it('refuses a concurrency that is not a whole number of at least one', async () => {
    await expect(loadAllPlans(slowSite().store, { concurrency: 0 })).rejects.toThrow(/at least 1/);
  });
});
