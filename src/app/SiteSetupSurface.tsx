import { useMemo } from 'react';
import { SITE_SETUP_SCOPES } from '../auth/scopes';
import { SiteSetupPage } from '../features/site-setup';
import { useStore } from '../lib/store-context';
import { localToken } from './create-store';
import { useLocalDemo } from './local-demo-context';
import { siteSetupFor } from './site-access';
import { SurfaceFrame } from './SurfaceFrame';

/**
 * "Set up this site" (`?surface=site-setup`). Locally the stand-in's Graph and SharePoint REST take
 * a token the local issuer signs for the chosen sample person; a tenant build has no sign-in to SharePoint yet, so the page
 * points the site owner to `lapp provision` instead.
 */
export default function SiteSetupSurface() {
  const demo = useLocalDemo();
  const store = useStore();
  const setUp = useMemo(() => {
    if (!demo) return undefined;
    // The site owner sets the site up with their own SharePoint rights and the permission
    // `lapp provision` asks for, as on a real site: the stand-in refuses a token without it.
    const token = localToken(demo.email, 'graph', SITE_SETUP_SCOPES);
    return siteSetupFor(store, { graphBaseUrl: demo.config.graphBaseUrl, siteId: demo.config.siteId, getGraphToken: token, getSharePointToken: token });
  }, [demo, store]);
  return (
    <SurfaceFrame>
      <SiteSetupPage setUp={setUp} />
    </SurfaceFrame>
  );
}
