import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { browserSession } from './browser-session';
import { detectHost } from './detect-host';
import type { HostActions, HostContext, HostSession } from './host-context';

export interface Host extends HostContext {
  readonly actions: HostActions;
}

const HostReactContext = createContext<Host | undefined>(undefined);

/**
 * Detects the host once, then provides its context (with the theme kept current) to everything
 * below. Shows `fallback` for the moment detection takes (at most the host timeout in a frame).
 */
export function HostProvider({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [session, setSession] = useState<HostSession>();
  const [theme, setTheme] = useState<HostContext['theme']>();

  useEffect(() => {
    let live = true;
    let unsubscribe: () => void = () => undefined;
    void detectHost().then((found) => {
      if (!live) return;
      setSession(found);
      setTheme(found.context.theme);
      unsubscribe = found.actions.onThemeChange(setTheme);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const host = useMemo<Host | undefined>(
    () => session && { ...session.context, theme: theme ?? session.context.theme, actions: session.actions },
    [session, theme],
  );
  if (!host) return <>{fallback}</>;
  return <HostReactContext.Provider value={host}>{children}</HostReactContext.Provider>;
}

let outsideProvider: Host | undefined;

/** The host's context and actions; a plain browser's when no HostProvider is above (tests, tools). */
export function useHost(): Host {
  const host = useContext(HostReactContext);
  if (host) return host;
  if (!outsideProvider) {
    const session = browserSession();
    outsideProvider = { ...session.context, actions: session.actions };
  }
  return outsideProvider;
}
