import { useCurrentPlan } from '../plan-context';
import { useLiveConnection } from './live-connection';
import { useLiveChanges } from './use-live-changes';

/**
 * Keeps the plan on screen up to date over the plan service's stream (the plan tab): what others
 * write shows without a reload, and after a break the stream catches up from its cursor. Without
 * a plan service nothing is polled: the plan stays as read, and saving still works.
 */
export function FollowPlan() {
  const { planId, status, applyRemote, refresh } = useCurrentPlan();
  const connection = useLiveConnection();
  useLiveChanges(planId, [], { enabled: connection !== undefined && status === 'ready', apply: applyRemote, reload: refresh });
  return null;
}
