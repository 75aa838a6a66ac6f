import { createContext, useContext, type ReactNode } from 'react';
import type { PersonOption } from '../lib/plan-people';

/** Searches the organisation's directory for people; absent where the signed-in person may not. */
export type PeopleSearch = (text: string) => Promise<readonly PersonOption[]>;

const PeopleDirectoryContext = createContext<PeopleSearch | undefined>(undefined);

export function PeopleDirectoryProvider({ search, children }: { search: PeopleSearch | undefined; children: ReactNode }) {
  return <PeopleDirectoryContext.Provider value={search}>{children}</PeopleDirectoryContext.Provider>;
}

export function usePeopleDirectory(): PeopleSearch | undefined {
  return useContext(PeopleDirectoryContext);
}
