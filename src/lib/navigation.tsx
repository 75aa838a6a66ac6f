import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { matchRoute, type Route } from './routes';

interface Navigation {
  /** The current in-app path ("/plan/x/section/y?row=k"). */
  readonly path: string;
  readonly route: Route | undefined;
  navigate(path: string): void;
}

const NavigationContext = createContext<Navigation | undefined>(undefined);

function currentHashPath(): string {
  return decodeURI(window.location.hash.replace(/^#/, ''));
}

/**
 * Routing in the URL's hash: no server routes needed, deep links work inside Teams' iframe and in
 * a browser, and the app's own navigation means nobody needs the browser's back button.
 */
export function HashRouter({ initialPath, children }: { initialPath: string; children: ReactNode }) {
  const [path, setPath] = useState(() => {
    const fromHash = currentHashPath();
    if (fromHash) return fromHash;
    // Replace, not push: the first view should not leave an empty entry behind it.
    window.history.replaceState(null, '', `#${initialPath}`);
    return initialPath;
  });

  useEffect(() => {
    const onHashChange = () => setPath(currentHashPath());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((to: string) => {
    if (to === currentHashPath()) return;
    window.location.hash = to;
  }, []);

  const value = useMemo(() => ({ path, route: matchRoute(path), navigate }), [path, navigate]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a HashRouter above it');
  return navigation;
}
