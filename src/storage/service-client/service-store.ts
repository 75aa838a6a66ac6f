import type { AnyRow, Plan, PlanSummary, SectionId } from '../../plan';
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
import type { DocumentLibrary, UploadedDocument } from '../document-library';
import { callService, type ServiceHttpOptions } from './service-http';

const seg = encodeURIComponent;

function rowPath({ planId, section, key }: RowAddress): string {
  return `/plans/${seg(planId)}/sections/${seg(section)}/rows/${seg(key)}`;
}

/**
 * The plan store in the browser: the plan service's API (/api/v1), which checks who may see and
 * change what and talks to SharePoint with the app's own identity. Rows are addressed by section
 * and client key; the service serves each row with its key as its id.
 */
export class ServiceStore implements PlanStore, DocumentLibrary {
  constructor(private readonly http: ServiceHttpOptions) {}

  private call<T>(...args: Parameters<typeof callService>) {
    return callService<T>(...args);
  }

  whoAmI(): Promise<Identity> {
    return this.call<Identity>(this.http, { method: 'GET', path: '/me' });
  }

  async provision(onStep?: (step: ProvisionStep) => void): Promise<readonly ProvisionStep[]> {
    const { steps } = await this.call<{ steps: ProvisionStep[] }>(this.http, { method: 'POST', path: '/admin/provision', body: {} });
    steps.forEach((step) => onStep?.(step));
    return steps;
  }

  listPlans(): Promise<readonly PlanSummary[]> {
    return this.call(this.http, { method: 'GET', path: '/plans' });
  }

  loadPlan(planId: string): Promise<Plan> {
    return this.call(this.http, { method: 'GET', path: `/plans/${seg(planId)}` });
  }

  createPlan(input: CreatePlanInput): Promise<AnyRow> {
    return this.call(this.http, { method: 'POST', path: '/plans', body: input });
  }

  createRow(input: CreateRowInput): Promise<AnyRow> {
    return this.call(this.http, {
      method: 'POST',
      path: `/plans/${seg(input.planId)}/sections/${seg(input.section)}/rows`,
      body: { key: input.key, values: input.values, ...(input.order === undefined ? {} : { order: input.order }) },
    });
  }

  updateRow(input: UpdateRowInput): Promise<AnyRow> {
    return this.call(this.http, {
      method: 'PATCH',
      path: rowPath(input),
      body: { changes: input.changes },
      etag: input.etag,
      row: { section: input.section, key: input.key },
    });
  }

  async deleteRow(input: DeleteRowInput): Promise<void> {
    await this.call(this.http, { method: 'DELETE', path: rowPath(input), etag: input.etag, row: { section: input.section, key: input.key } });
  }

  /** POST, not GET: a cursor holds a delta link per list and outgrows a URL (see the service's route). */
  changes(sections: readonly SectionId[], cursor?: string): Promise<ChangeBatch> {
    return this.call(this.http, { method: 'POST', path: '/changes', body: { sections, ...(cursor ? { cursor } : {}) } });
  }

  /** `path` is "<plan id>/<file name>": exports are filed in their plan's folder. */
  uploadDocument(path: string, bytes: Uint8Array, contentType: string): Promise<UploadedDocument> {
    const [planId, ...rest] = path.split('/');
    const name = rest.join('/');
    if (!planId || !name) throw new RangeError(`"${path}" must be a plan id and a file name.`);
    return this.call(this.http, { method: 'PUT', path: `/plans/${seg(planId)}/documents/${seg(name)}`, bytes: { data: bytes, contentType } });
  }
}
