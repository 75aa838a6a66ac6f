import {
  PLAN_ID_PATTERN,
  SINGLE_LINE_MAX,
  ValidationError,
  sectionById,
  type AnyRow,
  type FieldError,
  type Plan,
  type PlanSummary,
  type RowSectionId,
  type SectionDef,
  type SectionId,
} from '../../plan';
import type {
  ChangeBatch,
  CreatePlanInput,
  CreateRowInput,
  DeleteRowInput,
  Identity,
  PlanStore,
  ProvisionStep,
  RowAddress,
  UpdateRowInput,
} from '../port';
import { NotFoundError } from '../errors';
import { uploadFile } from './requests/drive';
import { grantAppOnSite, type SiteGrantRole } from './requests/site-permissions';
import { getMe } from './requests/me';
import { readChanges } from './store/changes';
import type { StoreContext } from './store/context';
import { ItemIds } from './store/item-ids';
import { createPlanRows } from './store/create-plan';
import { listPlanSummaries, loadPlanRows } from './store/plan-reads';
import { loadPlansWithSections } from './store/site-wide-reads';
import { provisionSite } from './store/provision';
import { createRowItem, deleteRowItem, findRowByKey, findRowsWhere, updateRowItem } from './store/row-writes';
import type { DocumentLibrary, UploadedDocument } from '../document-library';

/** The plan id and client key a new row is filed under, checked before anything is sent. */
function checkRowIdentity(section: SectionDef, input: CreateRowInput): void {
  const errors: FieldError[] = [];
  if (!PLAN_ID_PATTERN.test(input.planId)) {
    errors.push({ field: 'PlanId', message: `"${input.planId}" is not a plan id: lower-case letters, digits and hyphens.` });
  }
  if (input.key.trim() === '' || input.key.length > SINGLE_LINE_MAX || /[\u0000-\u001f]/.test(input.key)) {
    errors.push({ field: 'ClientKey', message: 'A row key must be 1 to 255 printable characters.' });
  }
  if (errors.length > 0) throw new ValidationError(section.id, errors);
}

/**
 * The plan store over Microsoft Graph: SharePoint lists in one site, one list per section, rows
 * tied to a plan by PlanId. Works the same against a tenant and against the local stand-in.
 */
export class GraphStore implements PlanStore, DocumentLibrary {
  private readonly itemIds = new ItemIds();

  constructor(private readonly ctx: StoreContext) {}

  /**
   * Runs `write` on the SharePoint item holding the row. An id learnt earlier may belong to an
   * item since deleted (and the key made again), so a miss on it looks the key up once more.
   */
  private async onItem<T>(address: RowAddress, write: (itemId: string) => Promise<T>): Promise<T> {
    const section = sectionById(address.section);
    const known = this.itemIds.get(section.id, address.key);
    if (known !== undefined) {
      try {
        return await write(known);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        this.itemIds.forget(section.id, address.key);
      }
    }
    const row = await this.findRow(section.id, address.key);
    if (!row || row.planId !== address.planId) throw new NotFoundError(`${section.title} has no row "${address.key}" in plan "${address.planId}".`);
    return write(row.id);
  }

  async whoAmI(): Promise<Identity> {
    const me = await getMe(this.ctx.http);
    return { id: me.id, displayName: me.displayName ?? '', email: me.mail ?? me.userPrincipalName ?? '' };
  }

  provision(onStep?: (step: ProvisionStep) => void): Promise<readonly ProvisionStep[]> {
    return provisionSite(this.ctx, onStep);
  }

  listPlans(): Promise<readonly PlanSummary[]> {
    return listPlanSummaries(this.ctx);
  }

  loadPlan(planId: string): Promise<Plan> {
    return loadPlanRows(this.ctx, planId);
  }

  /** Every plan with only the given sections, read list by list (the managers' roll-up); other sections are empty. */
  loadPlansWithSections(sections: readonly RowSectionId[]): Promise<Plan[]> {
    return loadPlansWithSections(this.ctx, sections);
  }

  createPlan(input: CreatePlanInput): Promise<AnyRow> {
    return createPlanRows(this.ctx, input, () => this.whoAmI());
  }

  /** Values come validated (`ValidatedValues`); only the row's identity is checked here. */
  async createRow(input: CreateRowInput): Promise<AnyRow> {
    const section = sectionById(input.section);
    checkRowIdentity(section, input);
    return this.itemIds.learn(await createRowItem(this.ctx, section, { key: input.key, planId: input.planId, order: input.order ?? 0, values: input.values, changedBy: input.changedBy }));
  }

  async updateRow(input: UpdateRowInput): Promise<AnyRow> {
    const section = sectionById(input.section);
    return this.itemIds.learn(await this.onItem(input, (id) => updateRowItem(this.ctx, section, id, input.changes, input.etag, input.changedBy)));
  }

  /** Gives an application (with `Sites.Selected`) its level on this site: for a site owner who may. */
  async grantApp(appId: string, displayName: string, role: SiteGrantRole): Promise<void> {
    await grantAppOnSite(this.ctx.http, await this.ctx.directory.siteId(), appId, displayName, role);
  }

  /** The row holding a client key in a section, if any (one indexed read). */
  async findRow(section: SectionId, key: string): Promise<AnyRow | undefined> {
    return this.itemIds.learn(await findRowByKey(this.ctx, sectionById(section), key));
  }

  /**
   * Up to `top` rows of a section whose field holds a value (one multi-item read). The field
   * should be indexed; a site provisioned before it was (provisioning never changes a column)
   * is asked to answer anyway, which SharePoint does up to the list view threshold.
   */
  async findRowsWith(section: SectionId, field: string, value: string, top = 20): Promise<AnyRow[]> {
    const rows = await findRowsWhere(this.ctx, sectionById(section), field, value, top, { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' });
    return rows.map((row) => this.itemIds.learn(row));
  }

  async deleteRow(input: DeleteRowInput): Promise<void> {
    const section = sectionById(input.section);
    try {
      await this.onItem(input, (id) => deleteRowItem(this.ctx, section, id, input.etag));
    } catch (error) {
      // A row already gone is deleted: a repeated delete succeeds.
      if (!(error instanceof NotFoundError)) throw error;
    }
    this.itemIds.forget(section.id, input.key);
  }

  changes(sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    return readChanges(this.ctx, sections, cursor);
  }

  /** Saves a file (a Word export, say) at `path` in the site's document library, replacing any there. */
  async uploadDocument(path: string, bytes: Uint8Array, contentType: string): Promise<UploadedDocument> {
    const item = await uploadFile(this.ctx.http, await this.ctx.directory.siteId(), path, bytes, contentType);
    return { id: item.id, name: item.name ?? path.split('/').pop() ?? path, webUrl: item.webUrl ?? '' };
  }
}
