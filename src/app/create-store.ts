import type { AppConfig } from '../config/app-config';
import { applyRowChanges } from '../lib/live/apply-changes';
import type { DocumentLibrary } from '../storage/document-library';
import type { OutboxStore } from '../storage/outbox';
import type { PlanCache } from '../storage/plan-cache';
import type { PlanStore } from '../storage/port';
import type { Nudges } from '../lib/nudges-context';
import { personOption } from '../lib/plan-people';
import type { PeopleSearch } from '../components/people-directory';

/** A Graph access token for each request: the one seam between the store and sign-in. */
export type TokenProvider = () => Promise<string>;

/** Where the plan service's API is: the same origin that served the tab. */
export function serviceBaseUrl(): string {
  return `${window.location.origin}/api/v1`;
}

/**
 * Local mode: a token signed by the development server's local issuer for the chosen sample
 * person (`POST /_entra/token`), for the plan service or, for site set-up, for the stand-in's
 * Graph with the delegated `scopes` asked for, as in a tenant. Reused until shortly before it expires.
 */
export function localToken(email: string, audience: 'service' | 'graph' = 'service', scopes?: readonly string[]): TokenProvider {
  let current: { token: Promise<string>; until: number } | undefined;
  return () => {
    if (!current || Date.now() > current.until) {
      const token = fetch('/_entra/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, audience, ...(scopes && { scopes }) }) }).then(async (res) => {
        const body = (await res.json().catch(() => ({}))) as { access_token?: string; error?: { message?: string } };
        if (!res.ok || !body.access_token) throw new Error(body.error?.message ?? 'The local sign-in did not answer.');
        return body.access_token;
      });
      current = { token, until: Date.now() + 50 * 60_000 };
      token.catch(() => (current = undefined));
    }
    return current.token;
  };
}

/**
 * The plan store the features use: the plan service's API, which decides who sees and changes
 * what and alone talks to SharePoint. Its client loads as its own bundle, in parallel with the
 * first render, to keep the first download small.
 */
export async function createAppStore(_config: AppConfig, getToken: TokenProvider): Promise<PlanStore & DocumentLibrary> {
  const { createServiceStore } = await import(/* webpackChunkName: "service-store" */ '../storage/service-client');
  return createServiceStore({ baseUrl: serviceBaseUrl(), getToken });
}

/** The service's directory search as the people picker's options: stored as "Name <email>", the job title under the name. */
function directorySearch(find: (text: string) => Promise<readonly { name: string; email: string; jobTitle?: string }[]>): PeopleSearch {
  return async (text) => (await find(text)).map((p) => personOption(`${p.name.replace(/[<>]/g, '')} <${p.email}>`, p.jobTitle));
}

/** The plan store, its durable outbox, and the device's cache of opened plans over it. */
export interface AppStorage {
  readonly store: PlanStore;
  readonly outbox: OutboxStore;
  readonly cache: PlanCache;
  /** The site's document library, where exports are filed. */
  readonly documents: DocumentLibrary;
  /** The plan service's notification routes for this person. */
  readonly nudges: Nudges;
  /** Directory search for the people picker ("Name <email>" options); refused for those who may not search. */
  readonly searchPeople: PeopleSearch;
  /** Stops the outbox and lets go of both databases; what they keep stays for this person's next visit. */
  close(): void;
  /** Closes, then deletes this person's databases on this device (signing out): unsent changes go with them. */
  forget(): Promise<void>;
}

/**
 * The store with its outbox and the device's plan cache, their code loaded as bundles of their
 * own (the Graph adapter's, and the device's storage). The outbox and the cache are IndexedDB
 * databases per site and person (`account`: the local sample user's email, or the signed-in
 * account's id; see storage/device-data.ts).
 */
export async function createAppStorage(config: AppConfig, getToken: TokenProvider, account: string): Promise<AppStorage> {
  const [store, { PlanCache, createIndexedDbPlanStorage }, { createOutboxStore, createIndexedDbQueue }, deviceData, { createNudgesClient, createDirectoryClient }] = await Promise.all([
    createAppStore(config, getToken),
    // One bundle for the three: they are always loaded together, and share IndexedDB's helper.
    import(/* webpackChunkName: "device-storage" */ '../storage/plan-cache'),
    import(/* webpackChunkName: "device-storage" */ '../storage/outbox'),
    import(/* webpackChunkName: "device-storage" */ '../storage/device-data'),
    import(/* webpackChunkName: "service-store" */ '../storage/service-client'),
  ]);
  const storage = createIndexedDbPlanStorage(deviceData.planCacheDatabaseName(config.siteId, account));
  const outbox = createOutboxStore(store, createIndexedDbQueue(deviceData.outboxDatabaseName(config.siteId, account)));
  const close = () => {
    outbox.stop();
    storage.close();
  };
  return {
    store,
    outbox,
    documents: store,
    nudges: createNudgesClient({ baseUrl: serviceBaseUrl(), getToken }),
    searchPeople: directorySearch(createDirectoryClient({ baseUrl: serviceBaseUrl(), getToken })),
    cache: new PlanCache({ store, storage, applyChanges: applyRowChanges }),
    close,
    async forget() {
      close();
      await deviceData.forgetDeviceData(config.siteId, account);
    },
  };
}
