import type { AnyRow, Plan, PlanSummary, SectionId } from '../../src/plan';
import type {
  ChangeBatch,
  CreatePlanInput,
  CreateRowInput,
  DeleteRowInput,
  Identity,
  PlanStore,
  ProvisionStep,
  UpdateRowInput,
} from '../../src/storage/port';

function notUsed(method: string): never {
  throw new Error(`${method} is not used by these tests`);
}

/**
 * A PlanStore whose every method fails loudly: a test fake extends it and writes only the
 * methods its tests call, so a test reaching for anything else fails with the method's name.
 */
export abstract class PartialPlanStore implements PlanStore {
  whoAmI(): Promise<Identity> {
    return notUsed('whoAmI');
  }
  provision(_onStep?: (step: ProvisionStep) => void): Promise<readonly ProvisionStep[]> {
    return notUsed('provision');
  }
  listPlans(): Promise<readonly PlanSummary[]> {
    return notUsed('listPlans');
  }
  loadPlan(_planId: string): Promise<Plan> {
    return notUsed('loadPlan');
  }
  createPlan(_input: CreatePlanInput): Promise<AnyRow> {
    return notUsed('createPlan');
  }
  createRow(_input: CreateRowInput): Promise<AnyRow> {
    return notUsed('createRow');
  }
  updateRow(_input: UpdateRowInput): Promise<AnyRow> {
    return notUsed('updateRow');
  }
  deleteRow(_input: DeleteRowInput): Promise<void> {
    return notUsed('deleteRow');
  }
  changes(_sections: readonly SectionId[], _cursor?: string): Promise<ChangeBatch> {
    return notUsed('changes');
  }
}
