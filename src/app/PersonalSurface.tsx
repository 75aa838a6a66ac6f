import { MyPlansPage } from '../features/my-plans';
import { SiteLinks } from './SiteLinks';
import { SurfaceFrame } from './SurfaceFrame';

/** The personal tab (`?surface=personal`): the plans the signed-in person takes part in. */
export default function PersonalSurface() {
  return (
    <SurfaceFrame>
      <MyPlansPage />
      <SiteLinks />
    </SurfaceFrame>
  );
}
