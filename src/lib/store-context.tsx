import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DocumentLibrary } from '../storage/document-library';
import type { OutboxStore } from '../storage/outbox';
import type { PlanCache } from '../storage/plan-cache';
import type { Identity, PlanStore } from '../storage/port';

interface StoreValue {
  readonly store: PlanStore;
  /** The same store with its writes going through the durable outbox: what plan editing uses. */
  readonly outbox: OutboxStore;
  readonly cache: PlanCache | undefined;
  readonly documents: DocumentLibrary | undefined;
  /** Who storage says is signed in; undefined until `whoAmI` answers. */
  readonly me: Identity | undefined;
  readonly meError: unknown;
}

const StoreContext = createContext<StoreValue | undefined>(undefined);

/**
 * Gives features the plan store (the port, never Graph), its outbox for editing a plan, the
 * device's plan cache if any, and the signed-in identity. Bulk steps (import, set-up) write
 * through `store` directly: they are online steps that report all-or-nothing themselves.
 */
export function StoreProvider({
  store,
  outbox,
  cache,
  documents,
  children,
}: {
  store: PlanStore;
  outbox: OutboxStore;
  cache?: PlanCache;
  documents?: DocumentLibrary;
  children: ReactNode;
}) {
  const [me, setMe] = useState<{ store: PlanStore; identity?: Identity; error?: unknown }>();
  useEffect(() => {
    let live = true;
    store.whoAmI().then(
      (identity) => live && setMe({ store, identity }),
      (error: unknown) => live && setMe({ store, error }),
    );
    return () => {
      live = false;
    };
  }, [store]);
  // An identity read from a previous store (before a local user switch) is not shown.
  const current = me?.store === store ? me : undefined;
  return (
    <StoreContext.Provider value={{ store, outbox, cache, documents, me: current?.identity, meError: current?.error }}>{children}</StoreContext.Provider>
  );
}

function useStoreValue(): StoreValue {
  const value = useContext(StoreContext);
  if (!value) throw new Error('useStore needs a StoreProvider above it');
  return value;
}

export function useStore(): PlanStore {
  return useStoreValue().store;
}

/** The store whose writes are kept on the device until storage confirmed them. */
export function useOutbox(): OutboxStore {
  return useStoreValue().outbox;
}

/** The cache that shows a plan opened before at once; undefined where none is kept (tests). */
export function usePlanCache(): PlanCache | undefined {
  return useStoreValue().cache;
}

/** The plan site's document library, where exports are filed; undefined where there is none. */
export function useDocumentLibrary(): DocumentLibrary | undefined {
  return useStoreValue().documents;
}

/** The signed-in person (undefined while loading) and any error reading them. */
export function useIdentity(): { me: Identity | undefined; error: unknown } {
  const { me, meError } = useStoreValue();
  return { me, error: meError };
}
