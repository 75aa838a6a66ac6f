import { ManagerDashboard } from '../features/manager-rollup';
import { SurfaceFrame } from './SurfaceFrame';

/** The managers' roll-up (`?surface=manager`): every plan in the site at a glance, read only. */
export default function ManagerSurface() {
  return (
    <SurfaceFrame wide>
      <ManagerDashboard />
    </SurfaceFrame>
  );
}
