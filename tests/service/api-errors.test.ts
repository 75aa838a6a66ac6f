import { toApiError } from '../../src/service/api/errors';
import { OfflineError, StorageError, ThrottledError } from '../../src/storage/errors';

/**
 * What the browser's outbox is told when SharePoint fails the service: passing trouble must come
 * back as 503 (kept and retried for as long as the app is open), not 500 (given up after five tries).
 */
describe('the plan service’s answer when SharePoint fails it', () => {
  it('answers 503 with a wait when SharePoint could not be reached through every retry', () => {
    const answer = toApiError(new OfflineError(new TypeError('fetch failed')));
    expect(answer.status).toBe(503);
    expect(answer.code).toBe('sharePointUnreachable');
    expect(answer.detail).toEqual({ retryAfterMs: 1000 });
  });

  it('passes SharePoint’s own wait on when it kept throttling', () => {
    expect(toApiError(new ThrottledError(7000))).toMatchObject({ status: 503, detail: { retryAfterMs: 7000 } });
  });

  it('keeps an unexpected SharePoint failure a 500', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(toApiError(new StorageError(500, 'generalException', 'boom')).status).toBe(500);
    logged.mockRestore();
  });

  it('does not log a request whose caller left before sending its body as a fault', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    expect(toApiError(aborted)).toMatchObject({ status: 400, code: 'requestAborted' });
    expect(logged).not.toHaveBeenCalled();
    expect(toApiError(new Error('aborted')).status).toBe(500);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
