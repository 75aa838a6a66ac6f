import type { PlanSummary } from '../../plan';
import type { TabConfig } from '../../teams';
import { surfaceUrl } from '../../lib/links';

/** What Teams stores for a tab showing this plan: the tab surface's address and a readable name. */
export function tabConfigFor(plan: Pick<PlanSummary, 'id' | 'council'>): TabConfig {
  const url = surfaceUrl('tab', { plan: plan.id });
  return {
    contentUrl: url,
    websiteUrl: url,
    entityId: `lapp-${plan.id}`,
    suggestedDisplayName: `LAPP: ${plan.council}`.slice(0, 128),
  };
}
