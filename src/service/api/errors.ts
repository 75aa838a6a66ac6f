import { ValidationError } from '../../plan';
import { ConflictError, ForbiddenError, NotFoundError, OfflineError, StorageError, ThrottledError } from '../../storage/errors';
import { ApiError } from '../http/api-error';
import { TokenRejected } from '../identity/principal';

/** Every failure as the API's error: what the caller can act on, never a stack or a server detail. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof TokenRejected) return new ApiError(401, 'unauthenticated', error.message);
  if (error instanceof ValidationError) return new ApiError(400, 'invalidValues', error.message, { section: error.section, fields: error.errors });
  if (error instanceof ConflictError) return new ApiError(412, 'conflict', error.message, { current: error.current });
  if (error instanceof NotFoundError) return new ApiError(404, 'notFound', error.message);
  if (error instanceof ForbiddenError) return new ApiError(403, 'forbidden', error.message);
  if (error instanceof ThrottledError) return new ApiError(503, 'busy', error.message, { retryAfterMs: error.retryAfterMs });
  // SharePoint's connection lost through every retry is as passing as its throttling: try again, not "failed".
  if (error instanceof OfflineError) return new ApiError(503, 'sharePointUnreachable', 'SharePoint could not be reached; try again shortly.', { retryAfterMs: 1000 });
  if (error instanceof StorageError) {
    if (error.status === 409) return new ApiError(409, error.code, error.message);
    if (error.status === 400) return new ApiError(400, error.code, error.message);
    if (error.status === 404) return new ApiError(404, 'notFound', error.message);
  }
  // The caller closed the connection before its body arrived (a tab closed, a page left): there
  // is nobody to answer and nothing went wrong here, so it is not logged as a fault.
  if (clientWentAway(error)) return new ApiError(400, 'requestAborted', 'The request was ended before its body arrived.');
  console.error('[plan service] unexpected error:', error instanceof Error ? error.stack : String(error));
  return new ApiError(500, 'internal', 'The plan service could not do this. Try again; if it keeps failing, tell your administrator.');
}

/** Node's error for a request whose connection closed while its body was being read. */
function clientWentAway(error: unknown): boolean {
  return error instanceof Error && error.message === 'aborted' && (error as NodeJS.ErrnoException).code === 'ECONNRESET';
}
