import type { AnyRow, Plan, PlanSummary, SectionId } from '../plan';
import type { ChangeBatch, CreatePlanInput, CreateRowInput, DeleteRowInput, Identity, PlanStore, ProvisionStep, UpdateRowInput } from '../storage/port';
import type { Principal } from './identity/principal';
import type { PlanService } from './plan-service';

/**
 * The plan service in-process as a PlanStore for one verified person: how the CLI goes through
 * the same rights as the tab without an HTTP hop.
 */
export class PrincipalStore implements PlanStore {
  constructor(
    private readonly service: PlanService,
    private readonly principal: Principal,
  ) {}

  async whoAmI(): Promise<Identity> {
    const me = this.service.me(this.principal);
    return { id: me.id, displayName: me.displayName, email: me.email };
  }

  provision(onStep?: (step: ProvisionStep) => void): Promise<readonly ProvisionStep[]> {
    return this.service.provision(this.principal, onStep);
  }

  listPlans(): Promise<readonly PlanSummary[]> {
    return this.service.listPlans(this.principal);
  }

  loadPlan(planId: string): Promise<Plan> {
    return this.service.loadPlan(this.principal, planId);
  }

  createPlan(input: CreatePlanInput): Promise<AnyRow> {
    return this.service.createPlan(this.principal, input);
  }

  createRow(input: CreateRowInput): Promise<AnyRow> {
    return this.service.createRow(this.principal, input.planId, input.section, { key: input.key, values: input.values, order: input.order });
  }

  updateRow(input: UpdateRowInput): Promise<AnyRow> {
    return this.service.updateRow(this.principal, input.planId, input.section, input.key, input.etag, input.changes);
  }

  deleteRow(input: DeleteRowInput): Promise<void> {
    return this.service.deleteRow(this.principal, input.planId, input.section, input.key, input.etag);
  }

  changes(sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    return this.service.siteChanges(this.principal, sections, cursor);
  }
}
