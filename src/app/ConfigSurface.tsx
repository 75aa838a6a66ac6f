import { TabConfigPage } from '../features/tab-config';
import { SurfaceFrame } from './SurfaceFrame';

/** Teams' tab settings page (`?surface=config`, frame context "settings"). */
export default function ConfigSurface() {
  return (
    <SurfaceFrame>
      <TabConfigPage />
    </SurfaceFrame>
  );
}
