import type { Role } from '../../plan';

/**
 * The nudges the plan sends into Teams' activity feed. Each is declared in the manifest's
 * `activities.activityTypes` under the same name, and each person can turn each one off.
 */
export const NOTIFICATION_KINDS = ['actionAssigned', 'signatureRequested', 'concernRaised'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * Which kinds can reach someone in each role (what `derive.ts` sends): the CEM hears of concerns
 * the council raises and of actions assigned to them; the ACLM and CLM also of plans to sign;
 * other council staff only of their actions; a manager reads and is never nudged.
 */
const KINDS_BY_ROLE: Readonly<Record<Role, readonly NotificationKind[]>> = {
  cem: ['concernRaised', 'actionAssigned'],
  aclm: ['actionAssigned', 'signatureRequested'],
  clm: ['actionAssigned', 'signatureRequested'],
  councilStaff: ['actionAssigned'],
  manager: [],
};

/** The kinds that can reach a person holding these roles across their plans, in the manifest's order. */
export function kindsReaching(roles: Iterable<Role>): NotificationKind[] {
  const reach = new Set<NotificationKind>();
  for (const role of roles) for (const kind of KINDS_BY_ROLE[role]) reach.add(kind);
  return NOTIFICATION_KINDS.filter((kind) => reach.has(kind));
}

/** One nudge for one person, saying which row of which plan it is about. */
export interface PlanNotification {
  readonly kind: NotificationKind;
  /** The recipient's email, as the plan names them. */
  readonly to: string;
  readonly planId: string;
  readonly section: string;
  readonly rowKey: string;
  /** What the row is called ("Send the leaflet proofs"), for the preview line. */
  readonly about: string;
  /** Who caused it. */
  readonly by: { readonly email: string; readonly displayName: string };
}

/** The manifest's `activities.activityTypes` entries, one per kind: the text Teams shows. */
export const ACTIVITY_TYPES: readonly { readonly type: NotificationKind; readonly description: string; readonly templateText: string }[] = [
  { type: 'actionAssigned', description: 'An action in a partnership plan was assigned to you', templateText: '{actor} assigned you an action in {plan}' },
  { type: 'signatureRequested', description: 'A partnership plan waits for your signature', templateText: '{actor} asks you to sign {plan}' },
  { type: 'concernRaised', description: 'The council raised a concern in a partnership plan', templateText: '{actor} raised a concern in {plan}' },
];
