import type { GraphStore } from '../../../src/storage/graph';
import { openPlanSite, recordingFetch, type PlanSite } from '../../storage/graph-stand-in/stand-in-site';
import { itemWrites } from './raw-graph';

/** A plan site opened for one `describe`, with a second store whose every request is recorded. */
export interface WatchedPlanSite {
  /** The site, and its own store as the sample CEM, unrecorded: for reading what was kept. */
  readonly site: PlanSite;
  /** A store over the same site whose requests are recorded, so a test can see none was sent. */
  readonly store: GraphStore;
  readonly planId: string;
  /** The plan as the site keeps it now, read without the recorded store. */
  storedPlan(): ReturnType<GraphStore['loadPlan']>;
  /** How many item writes the recorded store has sent so far. */
  writesSent(): number;
}

/**
 * Opens a plan site for the council before the enclosing `describe`'s tests and closes it after.
 * The refusal suites share it: each proves a bad value was stopped before anything went out.
 */
export function watchedPlanSite(council: string): WatchedPlanSite {
  const wire = recordingFetch();
  let opened: { site: PlanSite; store: GraphStore } | undefined;
  beforeAll(async () => {
    const site = await openPlanSite(council);
    opened = { site, store: site.storeFor({ fetchImpl: wire.fetchImpl }) };
  });
  afterAll(() => opened?.site.standIn.close());
  const use = () => {
    if (!opened) throw new Error('The plan site opens in beforeAll: use it inside a test.');
    return opened;
  };
  return {
    get site() {
      return use().site;
    },
    get store() {
      return use().store;
    },
    get planId() {
      return use().site.planId;
    },
    storedPlan: () => use().site.store.loadPlan(use().site.planId),
    writesSent: () => itemWrites(wire.sent),
  };
}
