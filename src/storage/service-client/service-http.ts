import { ValidationError, type FieldError } from '../../plan';
import { ConflictError, ForbiddenError, NotFoundError, OfflineError, StorageError, ThrottledError } from '../errors';

export interface ServiceHttpOptions {
  /** The service's API root, e.g. https://lapp.example/api/v1 */
  readonly baseUrl: string;
  /** A token for the service's own API scope (access_as_user). */
  readonly getToken: () => Promise<string>;
  readonly fetchImpl?: typeof fetch;
}

export interface ServiceRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly body?: unknown;
  /** Sent as they are with this content type, instead of `body` as JSON. */
  readonly bytes?: { readonly data: Uint8Array; readonly contentType: string };
  readonly etag?: string;
  /** For a 412: which section and row, so the conflict names them. */
  readonly row?: { readonly section: string; readonly key: string };
}

interface ErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string; readonly fields?: readonly FieldError[]; readonly section?: string; readonly current?: unknown; readonly retryAfterMs?: number };
}

/** The service's refusal as the storage errors the outbox and the features already handle. */
function failure(status: number, body: ErrorBody, request: ServiceRequest, retryAfter: string | null): Error {
  const e = body.error ?? {};
  const message = e.message ?? `The plan service answered ${status}.`;
  if (status === 400 && e.fields) return new ValidationError(e.section ?? request.row?.section ?? '', e.fields);
  if (status === 403) return new ForbiddenError(message);
  if (status === 404) return new NotFoundError(message);
  if (status === 412) return new ConflictError(request.row?.section ?? '', request.row?.key ?? '', e.current);
  if (status === 429 || status === 503) return new ThrottledError(e.retryAfterMs ?? (Number(retryAfter) || 1) * 1000);
  return new StorageError(status, e.code ?? 'serviceError', message);
}

/** One JSON request to the plan service with the caller's bearer token; failures typed. */
export async function callService<T>(options: ServiceHttpOptions, request: ServiceRequest): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${await options.getToken()}`, Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.bytes) headers['Content-Type'] = request.bytes.contentType;
  if (request.etag) headers['If-Match'] = request.etag;
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body: request.bytes ? (request.bytes.data as BodyInit) : request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch (error) {
    throw new OfflineError(error);
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw failure(response.status, (body ?? {}) as ErrorBody, request, response.headers.get('Retry-After'));
  return body as T;
}
