import { createContext, useContext, type ReactNode } from 'react';
import type { LiveConnection } from './subscribe-plan';

const LiveConnectionContext = createContext<LiveConnection | undefined>(undefined);

/** Gives the surfaces the plan service's live stream; without it they poll the store instead. */
export function LiveConnectionProvider({ connection, children }: { connection: LiveConnection | undefined; children: ReactNode }) {
  return <LiveConnectionContext.Provider value={connection}>{children}</LiveConnectionContext.Provider>;
}

/** The plan service's live stream, when the app talks to one. */
export function useLiveConnection(): LiveConnection | undefined {
  return useContext(LiveConnectionContext);
}
