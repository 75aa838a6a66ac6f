import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyRow, SectionId } from '../../plan';
import type { CreatePlanInput, CreateRowInput, DeleteRowInput, PlanStore, UpdateRowInput } from '../../storage/port';
import type { LivePerson } from '../../storage/live-events';
import type { LiveHub } from './live-hub';
import { findRowWithOpenHeaders } from './open-plan-headers';

/** The store the plan service writes through: the port plus a lookup by key. */
export interface KeyedStore extends PlanStore {
  findRow(section: SectionId, key: string): Promise<AnyRow | undefined>;
}

/** Who the request being served is for; set around each API request. */
export const currentCaller = new AsyncLocalStorage<() => Promise<LivePerson | undefined>>();

const KEPT_IDS = 20_000;

/**
 * The service's store, announcing every write it makes to the plan's readers as soon as
 * SharePoint confirms it (with who made it), and answering open plans' headers from the hub.
 * A deletion names only the row's key, so the rows this store has seen are remembered by key.
 */
export function withLiveAnnouncements<S extends KeyedStore>(store: S, hub: LiveHub): S {
  const seen = new Map<string, AnyRow>();
  const remember = (row: AnyRow | undefined) => {
    if (!row) return row;
    const id = `${row.section}/${row.key}`;
    seen.delete(id);
    seen.set(id, row);
    if (seen.size > KEPT_IDS) seen.delete(seen.keys().next().value!);
    return row;
  };
  const by = async (): Promise<LivePerson> => (await currentCaller.getStore()?.()) ?? { email: '', displayName: '' };
  const written = async (row: AnyRow) => {
    remember(row);
    await hub.written(row.planId, row, await by()).catch(() => undefined);
    return row;
  };
  const findHeader = findRowWithOpenHeaders(hub.headers, (section, key) => store.findRow(section as SectionId, key));
  const overrides: Partial<KeyedStore> = {
    findRow: async (section, key) => remember(section === 'plan' ? await findHeader(section, key) : await store.findRow(section, key)),
    createRow: async (input: CreateRowInput) => written(await store.createRow(input)),
    updateRow: async (input: UpdateRowInput) => written(await store.updateRow(input)),
    createPlan: async (input: CreatePlanInput) => written(await store.createPlan(input)),
    deleteRow: async (input: DeleteRowInput) => {
      await store.deleteRow(input);
      const row = seen.get(`${input.section}/${input.key}`);
      if (row) await hub.deleted(row.planId, row, await by()).catch(() => undefined);
    },
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property in overrides) return overrides[property as keyof KeyedStore];
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
