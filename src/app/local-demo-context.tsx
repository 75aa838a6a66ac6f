import { createContext, useContext } from 'react';
import type { AppConfig } from '../config/app-config';

/** Local mode's "act as" choice; undefined against a tenant, where sign-in decides who you are. */
export interface LocalDemo {
  readonly config: Extract<AppConfig, { mode: 'local' }>;
  readonly email: string;
  choose(email: string): void;
}

export const LocalDemoContext = createContext<LocalDemo | undefined>(undefined);

export function useLocalDemo(): LocalDemo | undefined {
  return useContext(LocalDemoContext);
}
