import {
  isSectionId,
  lapsedSignatureValues,
  parsePerson,
  ROW_SECTIONS,
  sectionById,
  SIGN_OFF_FIELDS,
  signatureOnSignedVersion,
  validateValues,
  type AnyRow,
  type Plan,
  type PlanSummary,
  type Role,
  type SectionDef,
  type SectionId,
  type Signer,
  type ValidatedValues,
} from '../plan';
import { sameSignedContent } from '../plan/plan-diff';
import { signedVersionFromRows, type SignedVersion } from '../plan/signed-version';
import { personValue } from '../plan/person';
import type { DocumentLibrary, UploadedDocument } from '../storage/document-library';
import { ConflictError } from '../storage/errors';
import type { ChangeBatch, CreatePlanInput, PlanStore, ProvisionStep, RowValues } from '../storage/port';
import type { ServiceAccess } from './config';
import { refuse } from './http/api-error';
import type { Principal } from './identity/principal';
import { isManager, isSiteOwner, mayStartPlans, roleIn } from './rights/access';
import { checkAgendaReferences } from './rights/agenda-references';
import { checkMeetingReferences } from './rights/meeting-references';
import { checkRowLinks } from './rights/row-links';
import { checkDocumentName, checkFiledDocument, checkRowKey, FILED_DOCUMENT_TYPE } from './rights/names';
import { checkSignedVersionWhole, checkSnapshotPart, MAX_VERSION_PARTS } from './rights/snapshot-parts';
import { RowPlans } from './rights/row-plans';
import { checkTeamsMeetingLink, heldElsewhere, linkedElsewhere, OneAtATime, TEAMS_MEETING_FIELD, teamsMeetingLinked } from './rights/teams-meeting-links';
import { serverToday } from './rights/server-date';
import {
  checkHeaderChange,
  checkSectionWrite,
  checkSnapshotCreate,
  checkSnapshotDelete,
  refuseSystemFields,
  sameValues,
} from './rights/write-rules';
import { servedPlan, servedRow } from './served-rows';

/** The plan store the service writes through with the app's own identity, plus a lookup by key. */
export interface ServiceStore extends PlanStore, DocumentLibrary {
  findRow(section: SectionId, key: string): Promise<AnyRow | undefined>;
  /** Rows of a section whose field holds a value, of any plan. */
  findRowsWith(section: SectionId, field: string, value: string, top?: number): Promise<AnyRow[]>;
}

export interface Me {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly tenantId: string;
  readonly manager: boolean;
  readonly siteOwner: boolean;
}

export interface NewRowRequest {
  readonly key: string;
  readonly values: RowValues;
  readonly order?: number;
}

const HEADER = sectionById('plan');

/** The address in a person field ("Name <email>"), lower-case. */
const emailIn = (value: unknown) => (typeof value === 'string' ? parsePerson(value).email?.toLowerCase() : undefined);

/** A row section a request names, or 404 (the header is written through the plan, not as a row). */
function rowSection(name: string) {
  const section = ROW_SECTIONS.find((s) => s.id === name);
  if (!section) throw refuse.notFound(`There is no section "${name}" in a plan.`);
  return section;
}

/** A row the service wrote, with the plan's header as it stood and who wrote it (for notifications). */
export interface RowWritten {
  readonly planId: string;
  readonly header: AnyRow;
  readonly before?: AnyRow;
  readonly after: AnyRow;
  readonly by: { readonly email: string; readonly displayName: string };
}

/**
 * What the plan service does for a verified person: every read and write checked against the
 * plan's roles (src/plan/roles.ts), deny by default, then done with the app's own SharePoint
 * access. A plan the caller may not see is "not found", so its existence is never confirmed.
 *
 * The service is the trust boundary: values arrive from the network, where anyone may send
 * anything, so they are validated here (`validateValues`) whatever the browser checked; what is
 * passed on to storage is `ValidatedValues`, which the Graph adapter trusts.
 */

export class PlanService {
  /** The plan of each row a row points at, read once (see rights/row-plans.ts). */
  private readonly rowPlans = new RowPlans(async (section, key) => (isSectionId(section) ? (await this.store.findRow(section, key))?.planId : undefined));
  /** Links of one Teams meeting made one after another (see rights/teams-meeting-links.ts). */
  private readonly teamsMeetingLinks = new OneAtATime();

  constructor(
    private readonly store: ServiceStore,
    private readonly access: ServiceAccess,
    private readonly now: () => Date = () => new Date(),
    /** Told of each row written, after SharePoint confirmed it; never delays or fails the write. */
    private readonly onWritten?: (written: RowWritten) => void,
  ) {}

  private written(principal: Principal, planId: string, header: AnyRow, after: AnyRow, before?: AnyRow): void {
    try {
      this.onWritten?.({ planId, header, before, after, by: { email: principal.email, displayName: principal.displayName } });
    } catch {
      // A listener's failure is its own: the write has happened and is answered as such.
    }
  }

  me(principal: Principal): Me {
    return {
      id: principal.objectId,
      displayName: principal.displayName,
      email: principal.email,
      tenantId: principal.tenantId,
      manager: isManager(this.access, principal),
      siteOwner: isSiteOwner(this.access, principal),
    };
  }

  async listPlans(principal: Principal): Promise<readonly PlanSummary[]> {
    const all = await this.store.listPlans();
    return all.filter((summary) => roleIn(this.access, principal, summary.header) !== undefined);
  }

  /** The plan's header and the caller's role in it; 404 when there is none or they may not see it. */
  private async planFor(principal: Principal, planId: string): Promise<{ header: AnyRow; role: Role }> {
    const header = await this.store.findRow('plan', planId);
    const role = header && header.planId === planId ? roleIn(this.access, principal, header.values) : undefined;
    if (!header || !role) throw refuse.notFound();
    return { header, role };
  }

  async loadPlan(principal: Principal, planId: string): Promise<Plan> {
    await this.planFor(principal, planId);
    const plan = await this.store.loadPlan(planId);
    this.rowPlans.learnPlan(planId, plan);
    return servedPlan(plan);
  }

  async createPlan(principal: Principal, input: CreatePlanInput): Promise<AnyRow> {
    if (!mayStartPlans(this.access, principal)) throw refuse.forbidden("Plans are started by the census office's own people.");
    const values = input.values ?? {};
    refuseSystemFields(values);
    // The sign-off model names the fields; "not on paper" (false) records no signature.
    if (SIGN_OFF_FIELDS.some((n) => values[n] != null && values[n] !== false)) {
      throw refuse.badRequest('A new plan carries no signatures: the ACLM and the CLM sign it themselves.');
    }
    const cem = values['Cem'] ?? `${principal.displayName.replace(/[<>]/g, '')} <${principal.email}>`;
    if (roleIn(this.access, principal, { ...values, Cem: String(cem) }) === undefined) {
      throw refuse.forbidden('A plan you start must name you, or you must be a manager, so that you can see it.');
    }
    const header = await this.store.createPlan({ ...input, values: { ...values, Cem: cem } });
    // Starting a plan again returns the header already there (a retry after a failure halfway):
    // only its own starter, asking the same, may have it back; anyone else would read a plan
    // that does not name them.
    const sameStarter = emailIn(header.values['Cem']) === emailIn(cem) && roleIn(this.access, principal, header.values) !== undefined;
    if (!sameStarter) throw refuse.conflict('There is already a plan for this council: nothing was saved. Ask a manager or its CEM to name you in it.');
    return servedRow(header);
  }

  async createRow(principal: Principal, planId: string, sectionName: string, request: NewRowRequest): Promise<AnyRow> {
    const section = rowSection(sectionName);
    const { header, role } = await this.planFor(principal, planId);
    checkSectionWrite(role, section);
    checkRowKey(request.key);
    refuseSystemFields(request.values);
    const values = validateValues(section, request.values, 'create');
    if (section.id === 'snapshots') {
      checkSnapshotCreate(role, values);
      const sameVersion = await this.store.findRowsWith('snapshots', 'SnapshotKey', String(values['SnapshotKey']), MAX_VERSION_PARTS);
      checkSnapshotPart(planId, header, values, sameVersion.filter((row) => row.key !== request.key));
    }
    await this.checkReferences(planId, section, values);
    // No lookup first: a key already used comes back from the create itself (SharePoint refuses
    // the unique ClientKey), which saves a read on every create of a meeting.
    const row = await this.linkingTeamsMeeting(principal, planId, section, values, undefined, () =>
      this.store.createRow({ section: section.id, planId, key: request.key, values, order: request.order, changedBy: personValue(principal) }),
    );
    const created = servedRow(this.sameCreate(row, planId, values));
    this.rowPlans.learn(section.id, created.key, planId);
    this.written(principal, planId, header, created);
    return created;
  }

  /** Rows of one plan point only at rows of that plan (rights/meeting-references.ts, row-links.ts, agenda-references.ts). */
  private async checkReferences(planId: string, section: SectionDef, values: RowValues, before?: AnyRow): Promise<void> {
    await checkMeetingReferences(this.rowPlans.planOf, planId, section, values, before);
    await checkRowLinks(this.rowPlans.planOf, planId, section, values, before);
    await checkAgendaReferences(this.rowPlans.planOf, planId, section, values, before);
  }

  /** The plan of the row with this key, remembered once read; undefined while there is no such row. */
  planOfRow(section: string, key: string): Promise<string | undefined> {
    return this.rowPlans.planOf(section, key);
  }

  /**
   * A write that links a Teams meeting, made only while no other plan's meeting holds it. Another
   * instance of the service may link it to another plan between the look and the write, so the
   * holders are looked at again after it: a write that finds another plan there is undone (the
   * new row deleted, the changed values put back) and refused. Two such writes may both give up,
   * never both stay.
   */
  private async linkingTeamsMeeting(principal: Principal, planId: string, section: SectionDef, values: ValidatedValues, before: AnyRow | undefined, write: () => Promise<AnyRow>): Promise<AnyRow> {
    const teamsMeeting = teamsMeetingLinked(section, values, before);
    if (teamsMeeting === undefined) return write();
    const holders = (id: string) => this.store.findRowsWith('meetings', TEAMS_MEETING_FIELD, id);
    return this.teamsMeetingLinks.run(teamsMeeting, async () => {
      await checkTeamsMeetingLink(holders, planId, teamsMeeting);
      const written = await write();
      if (!(await heldElsewhere(holders, planId, teamsMeeting))) return written;
      const address = { planId, section: 'meetings' as const, key: written.key, etag: written.etag };
      if (before) {
        const putBack = validateValues(section, Object.fromEntries(Object.keys(values).map((name) => [name, before.values[name] ?? null])), 'update');
        await this.store.updateRow({ ...address, changes: putBack, changedBy: personValue(principal) });
      } else {
        await this.store.deleteRow(address);
      }
      throw linkedElsewhere();
    });
  }

  /** A create repeated with its key: the same row if it asked for the same, otherwise 409. */
  private sameCreate(row: AnyRow, planId: string, values: RowValues): AnyRow {
    if (row.planId !== planId || !sameValues(row, values)) {
      throw refuse.conflict('This row key is already used for a different row: nothing was saved. Make the row again to get a new key.');
    }
    return row;
  }

  async updateRow(principal: Principal, planId: string, sectionName: string, key: string, etag: string | undefined, changes: RowValues): Promise<AnyRow> {
    refuseSystemFields(changes);
    const { header, role } = await this.planFor(principal, planId);
    if (sectionName === HEADER.id) {
      if (key !== planId) throw refuse.notFound('The plan row is addressed by the plan id.');
      const checked = checkHeaderChange(role, principal, validateValues(HEADER, changes, 'update'), serverToday(this.now()), header.values);
      if (!checked.signedSnapshotKey) return this.patch(principal, header, etag, checked.changes);
      const signing = await this.assertSignedVersion(planId, checked.signedSnapshotKey);
      const lapsed = await this.lapsedBySigning(planId, header, role as Signer, signing);
      const signed = await this.patch(principal, header, etag, { ...checked.changes, ...lapsed } as ValidatedValues);
      // The header goes to the nudges too: a lapsed signature asks its signer to sign again.
      this.written(principal, planId, signed, signed, servedRow(header));
      return signed;
    }
    const section = rowSection(sectionName);
    checkSectionWrite(role, section);
    if (section.id === 'snapshots') throw refuse.forbidden('A kept version of the plan is never changed.');
    const row = await this.rowOf(section.id, planId, key);
    const checked = validateValues(section, changes, 'update');
    await this.checkReferences(planId, section, checked, row);
    const updated = await this.linkingTeamsMeeting(principal, planId, section, checked, row, () => this.patch(principal, row, etag, checked));
    this.written(principal, planId, header, updated, servedRow(row));
    return updated;
  }

  private async patch(principal: Principal, row: AnyRow, etag: string | undefined, changes: ValidatedValues): Promise<AnyRow> {
    try {
      return servedRow(await this.store.updateRow({ planId: row.planId, section: row.section, key: row.key, etag, changes, changedBy: personValue(principal) }));
    } catch (error) {
      if (error instanceof ConflictError) throw new ConflictError(error.section, row.key, error.current && servedRow(error.current as AnyRow));
      throw error;
    }
  }

  private async rowOf(section: SectionId, planId: string, key: string): Promise<AnyRow> {
    const row = await this.store.findRow(section, key);
    if (!row || row.planId !== planId) throw refuse.notFound('There is no such row in this plan.');
    return row;
  }

  /** A signature must point at a whole signed version of this very plan. */
  /** The signed version a signature points at, whole (rights/snapshot-parts.ts), as its rows. */
  private async assertSignedVersion(planId: string, snapshotKey: string): Promise<{ key: string; rows: AnyRow[] }> {
    const rows = (await this.store.findRowsWith('snapshots', 'SnapshotKey', snapshotKey, MAX_VERSION_PARTS)).filter((row) => row.planId === planId);
    checkSignedVersionWhole(snapshotKey, rows);
    return { key: snapshotKey, rows };
  }

  /**
   * The other signer's in-app signature lapses when this signature is given on a version that
   * says something else than theirs (the sign-off model's rule, `signatureOnSignedVersion`). A
   * version that cannot be read counts as different: nobody's name may stand under unknown words.
   */
  private async lapsedBySigning(planId: string, header: AnyRow, signer: Signer, signing: { key: string; rows: AnyRow[] }): Promise<Record<string, null>> {
    const other = signatureOnSignedVersion(signer, header.values);
    if (!other || other.version === signing.key) return {};
    const theirs = (await this.store.findRowsWith('snapshots', 'SnapshotKey', other.version, MAX_VERSION_PARTS)).filter((row) => row.planId === planId);
    const read = (rows: AnyRow[], key: string): SignedVersion | undefined => {
      try {
        return signedVersionFromRows(rows, key);
      } catch {
        return undefined;
      }
    };
    const before = read(theirs, other.version);
    const now = read(signing.rows, signing.key);
    return before && now && sameSignedContent(before, now) ? {} : lapsedSignatureValues(other.signer);
  }

  async deleteRow(principal: Principal, planId: string, sectionName: string, key: string, etag: string | undefined): Promise<void> {
    if (sectionName === HEADER.id) throw refuse.forbidden('A plan is never deleted through the app.');
    const section = rowSection(sectionName);
    const { header, role } = await this.planFor(principal, planId);
    checkSectionWrite(role, section);
    const row = await this.store.findRow(section.id, key);
    if (!row) return; // already gone: a repeated delete succeeds
    if (row.planId !== planId) throw refuse.notFound('There is no such row in this plan.');
    if (section.id === 'snapshots') checkSnapshotDelete(role, row, header);
    try {
      await this.store.deleteRow({ planId, section: section.id, key: row.key, etag });
    } catch (error) {
      if (error instanceof ConflictError) throw new ConflictError(error.section, row.key, error.current && servedRow(error.current as AnyRow));
      throw error;
    }
  }

  /** Rows of this plan changed since the cursor (deletions by key where the service knows it). */
  async changes(principal: Principal, planId: string, sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    await this.planFor(principal, planId);
    const batch = await this.store.changes(sections, cursor);
    const changes = batch.changes.flatMap((c) => (c.kind === 'upsert' ? (c.row.planId === planId ? [{ kind: 'upsert' as const, row: servedRow(c.row) }] : []) : []));
    return { ...batch, changes };
  }

  /**
   * Rows changed anywhere on the site since the cursor, kept to the plans the caller may see
   * (the port's `changes`). Deletions carry only SharePoint's item id, which says nothing of the
   * plan, so they are left out; a plan's reader learns of them when it reloads.
   */
  async siteChanges(principal: Principal, sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    const batch = await this.store.changes(sections, cursor);
    const visible = new Map<string, Promise<boolean>>();
    const maySee = (planId: string) => {
      let known = visible.get(planId);
      if (!known) {
        known = this.store.findRow('plan', planId).then((h) => !!h && roleIn(this.access, principal, h.values) !== undefined);
        visible.set(planId, known);
      }
      return known;
    };
    const upserts = batch.changes.flatMap((c) => (c.kind === 'upsert' ? [c.row] : []));
    const seen = await Promise.all(upserts.map((row) => maySee(row.planId)));
    return { ...batch, changes: upserts.filter((_, i) => seen[i]).map((row) => ({ kind: 'upsert' as const, row: servedRow(row) })) };
  }

  /** Files a Word export in the site's library, in the plan's own folder: for those who may change the plan. */
  async uploadDocument(principal: Principal, planId: string, name: string, bytes: Uint8Array): Promise<UploadedDocument> {
    const { role } = await this.planFor(principal, planId);
    if (role === 'manager') throw refuse.forbidden('Managers read plans; filing documents is for the plan\'s own people.');
    checkDocumentName(name);
    checkFiledDocument(name, bytes);
    return this.store.uploadDocument(`${planId}/${name}`, bytes, FILED_DOCUMENT_TYPE);
  }

  async provision(principal: Principal, onStep?: (step: ProvisionStep) => void): Promise<readonly ProvisionStep[]> {
    if (!isSiteOwner(this.access, principal)) throw refuse.forbidden('Only an owner of the SharePoint site may set up its lists.');
    return this.store.provision(onStep);
  }

  /** Whether the caller may run admin operations (views, versioning, library): site owners only. */
  assertSiteOwner(principal: Principal): void {
    if (!isSiteOwner(this.access, principal)) throw refuse.forbidden('Only an owner of the SharePoint site may do this.');
  }
}
