import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { canEditSection, canSign, roleFor, type Plan, type Role, type SectionDef, type SectionId } from '../plan';
import { useIdentity } from './store-context';
import type { PlanController } from './use-plan';

export interface LoadedPlan extends PlanController {
  readonly plan: Plan;
}

const PlanContext = createContext<LoadedPlan | undefined>(undefined);

/** Gives the plan on screen (already loaded) to the features below. */
export function PlanProvider({ value, children }: { value: LoadedPlan; children: ReactNode }) {
  return <PlanContext.Provider value={value}>{children}</PlanContext.Provider>;
}

export function useCurrentPlan(): LoadedPlan {
  const plan = useContext(PlanContext);
  if (!plan) throw new Error('useCurrentPlan needs a PlanProvider above it');
  return plan;
}

/** The plan on screen, or undefined where there is none (a form used outside a plan). */
export function useOptionalPlan(): LoadedPlan | undefined {
  return useContext(PlanContext);
}

export interface PlanAccess {
  readonly role: Role;
  /** May this user change the section (roles matrix, less what storage has refused)? */
  canEdit(section: Pick<SectionDef, 'id' | 'councilEdits'>): boolean;
  /** Storage refused a change here although the roles matrix allows it. */
  refused(section: Pick<SectionDef, 'id'>): boolean;
  readonly canSign: boolean;
}

/** The signed-in user's role in the current plan, from `roleFor` — the one matrix. */
export function usePlanAccess(): PlanAccess {
  const { plan, readOnly } = useCurrentPlan();
  const { me } = useIdentity();
  return useMemo(() => {
    // The service served this plan, so someone it names nowhere reads it as a manager.
    const role = roleFor(plan.header.values, me?.email) ?? 'manager';
    return {
      role,
      canEdit: (section) => canEditSection(role, section) && !readOnly.has(section.id as SectionId),
      refused: (section) => readOnly.has(section.id as SectionId),
      canSign: canSign(role),
    };
  }, [plan.header.values, me?.email, readOnly]);
}
