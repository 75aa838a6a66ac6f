/** A refusal the service answers with `{ "error": { "code", "message" } }` and an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    /** More for the client: field errors, the row as it is now. */
    readonly detail?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const refuse = {
  badRequest: (message: string, detail?: Record<string, unknown>) => new ApiError(400, 'badRequest', message, detail),
  unauthenticated: (message: string) => new ApiError(401, 'unauthenticated', message),
  forbidden: (message: string) => new ApiError(403, 'forbidden', message),
  /** Also for what exists but the caller may not see: existence is never confirmed. */
  notFound: (message = 'There is no such plan, or you may not see it.') => new ApiError(404, 'notFound', message),
  conflict: (message: string, detail?: Record<string, unknown>) => new ApiError(409, 'conflict', message, detail),
};
