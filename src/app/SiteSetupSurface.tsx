import { useMemo } from 'react';
import { SiteSetupPage } from '../features/site-setup';
import { useStore } from '../lib/store-context';
import { localToken } from './create-store';
import { useLocalDemo } from './local-demo-context';
import { siteSetupFor } from './site-access';
import { SurfaceFrame } from './SurfaceFrame';

/**
 * "Set up this site" (`?surface=site-setup`). Locally the stand-in's SharePoint REST takes the
 * same "standin:" token as its Graph; a tenant build has no sign-in to SharePoint yet, so the page
 * points the site owner to `lapp provision` instead.
 */
export default function SiteSetupSurface() {
  const demo = useLocalDemo();
  const store = useStore();
  const setUp = useMemo(() => {
    if (!demo) return undefined;
    const token = localToken(demo.email);
    return siteSetupFor(store, { graphBaseUrl: demo.config.graphBaseUrl, siteId: demo.config.siteId, getGraphToken: token, getSharePointToken: token });
  }, [demo, store]);
  return (
    <SurfaceFrame>
      <SiteSetupPage setUp={setUp} />
    </SurfaceFrame>
  );
}
