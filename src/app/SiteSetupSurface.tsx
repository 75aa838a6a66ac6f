import { useMemo } from 'react';
import { SiteSetupPage } from '../features/site-setup/SiteSetupPage';
import type { SiteAccess } from '../features/site-setup/site-access';
import { localToken } from './create-store';
import { useLocalDemo } from './local-demo-context';
import { SurfaceFrame } from './SurfaceFrame';

/**
 * "Set up this site" (`?surface=site-setup`). Locally the stand-in's SharePoint REST takes the
 * same "standin:" token as its Graph; a tenant build has no sign-in to SharePoint yet, so the page
 * points the site owner to `lapp provision` instead.
 */
export default function SiteSetupSurface() {
  const demo = useLocalDemo();
  const access = useMemo<SiteAccess | undefined>(() => {
    if (!demo) return undefined;
    const token = localToken(demo.email);
    return { graphBaseUrl: demo.config.graphBaseUrl, siteId: demo.config.siteId, getGraphToken: token, getSharePointToken: token };
  }, [demo]);
  return (
    <SurfaceFrame>
      <SiteSetupPage access={access} />
    </SurfaceFrame>
  );
}
