import { createContext, useContext } from 'react';
import type { AppConfig } from '../config/app-config';

/** Local mode's "act as" choice; undefined against a tenant, where sign-in decides who you are. */
export interface LocalDemo {
  readonly config: Extract<AppConfig, { mode: 'local' }>;
  readonly email: string;
  /** How many of this person's changes have not reached SharePoint yet (the switcher warns of them). */
  unsentChanges(): number;
  /** Acts as `email` from now on and clears what the browser kept for the person left. */
  choose(email: string): void;
}

export const LocalDemoContext = createContext<LocalDemo | undefined>(undefined);

export function useLocalDemo(): LocalDemo | undefined {
  return useContext(LocalDemoContext);
}
