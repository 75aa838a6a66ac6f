import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { OfflineError } from '../errors';
import { errorFromAnswer } from './error-mapping';
import { RequestState } from './pipeline/request-state';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphCall {
  readonly method: HttpMethod;
  /** Under the Graph root: `/sites/{id}/lists`. */
  readonly path: string;
  /** JSON-serialised unless it is a Blob. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Non-success statuses the caller handles itself (409 on create, 412 on update…). */
  readonly accept?: readonly number[];
}

export interface GraphAnswer<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** A response body: JSON when it says so, text otherwise, undefined when empty. */
async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends one call through the pipeline and turns the answer into data or a typed error. Every
 * request module goes through here, so error mapping happens in exactly one place.
 */
export class GraphHttp {
  constructor(private readonly client: Client) {}

  async send<T = unknown>(call: GraphCall): Promise<GraphAnswer<T>> {
    const state = new RequestState();
    const request = this.client
      .api(call.path)
      .responseType(ResponseType.RAW)
      .middlewareOptions([state])
      .headers({ ...call.headers });
    let response: Response;
    try {
      response = (await this.dispatch(request, call)) as Response;
    } catch (error) {
      throw state.failure ?? error;
    }
    let body: unknown;
    try {
      body = await readBody(response);
    } catch (error) {
      // The connection dropped while the answer was arriving.
      throw new OfflineError(error);
    }
    if (response.ok || call.accept?.includes(response.status)) return { status: response.status, headers: response.headers, body: body as T };
    throw errorFromAnswer(call.method, response.status, body, response.headers.get('Retry-After'));
  }

  private dispatch(request: ReturnType<Client['api']>, call: GraphCall): Promise<unknown> {
    switch (call.method) {
      case 'GET':
        return request.get();
      case 'POST':
        return request.post(call.body);
      case 'PATCH':
        return request.patch(call.body);
      case 'PUT':
        return request.put(call.body);
      case 'DELETE':
        return request.delete();
    }
  }
}
