import { sectionById, signatureValues, validateValues, type Signer } from '../../plan';
import type { Identity } from '../../storage/port';
import type { LoadedPlan } from '../../lib/plan-context';
import { personValue } from '../../plan/person';
import { splitSignedVersion, signedVersionOf } from '../../plan/signed-version';

/**
 * Signs the plan for the ACLM or the CLM: keeps the plan as it is now as a snapshot (in parts),
 * then records who signed, when, and which snapshot. If any step is refused, the parts already
 * written are removed again so that nothing half-signed is left behind.
 */
export async function signPlan(plan: LoadedPlan, me: Identity, role: Signer, today: string): Promise<boolean> {
  const header = sectionById('plan');
  const snapshotKey = `signed-${today}-${role}-${crypto.randomUUID().slice(0, 8)}`;
  const signature = validateValues(header, signatureValues(role, personValue(me), today, snapshotKey), 'update');
  const parts = splitSignedVersion(signedVersionOf(plan.plan));
  const written: string[] = [];
  for (const [index, content] of parts.entries()) {
    const values = { SnapshotKey: snapshotKey, Reason: 'Signed', Part: index + 1, Parts: parts.length, Content: content };
    const row = await plan.createRow('snapshots', validateValues(sectionById('snapshots'), values, 'create'));
    if (!row) return removeParts(plan, written);
    written.push(row.key);
  }
  const signed = await plan.updateRow('plan', plan.plan.header.key, signature);
  return signed || removeParts(plan, written);
}

async function removeParts(plan: LoadedPlan, keys: readonly string[]): Promise<false> {
  await Promise.all(keys.map((key) => plan.deleteRow('snapshots', key)));
  return false;
}
