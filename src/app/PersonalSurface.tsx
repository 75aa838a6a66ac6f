import { PersonalViews } from '../features/my-plans';
import { HashRouter } from '../lib/navigation';
import { PERSONAL_PATHS } from '../lib/routes';
import { SiteLinks } from './SiteLinks';
import { SurfaceFrame } from './SurfaceFrame';

/** The personal tab (`?surface=personal`): my plans and, at `#/my-actions`, my actions across them. */
export default function PersonalSurface() {
  return (
    <SurfaceFrame>
      <HashRouter initialPath={PERSONAL_PATHS.myPlans}>
        <PersonalViews />
      </HashRouter>
      <SiteLinks />
    </SurfaceFrame>
  );
}
