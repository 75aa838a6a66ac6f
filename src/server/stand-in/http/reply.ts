/**
 * What a stand-in route answers: a status, headers and a JSON or binary body. Routes return
 * values instead of writing to the socket so that `$batch` can run them in-process and the fault
 * layer can drop a connection after the write was committed.
 */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON value, or raw bytes (drive content) sent with the Content-Type header given. */
  readonly body?: unknown;
}

/** Graph's JSON content type, as the real service sends it. */
export const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}

export function noContent(): Reply {
  return { status: 204 };
}

/**
 * A failure answered in Graph's error shape `{ error: { code, message, innerError } }`.
 * Thrown anywhere below a route; the dispatcher turns it into a Reply.
 */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

export function graphErrorReply(error: GraphHttpError, requestId: string): Reply {
  return {
    status: error.status,
    headers: error.headers,
    body: {
      error: {
        code: error.code,
        message: error.message,
        innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': requestId },
      },
    },
  };
}

/** Graph's answers to common failures, with the codes the real service uses. */
export const fail = {
  badRequest: (message: string) => new GraphHttpError(400, 'invalidRequest', message),
  notFound: (message = 'The resource could not be found.') => new GraphHttpError(404, 'itemNotFound', message),
  accessDenied: (message = 'Access denied. You do not have permission to perform this action or access this resource.') =>
    new GraphHttpError(403, 'accessDenied', message),
  conflict: (message: string) => new GraphHttpError(409, 'nameAlreadyExists', message),
  preconditionFailed: () =>
    new GraphHttpError(412, 'preconditionFailed', 'The request ETag value does not match the object\'s ETag value.'),
};
