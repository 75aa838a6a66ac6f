import { ValidationError, type SectionId } from '../plan';
import type { ChangeFailure } from '../storage/outbox';
import { ForbiddenError, NotFoundError, OfflineError, ThrottledError } from '../storage/errors';

/**
 * Why a save was undone, as a kind the UI turns into a message from the catalogue, plus the
 * storage's own detail where it is worth showing.
 */
export interface SaveNotice {
  readonly kind: 'forbidden' | 'offline' | 'throttled' | 'invalid' | 'notFound' | 'failed';
  readonly section: SectionId;
  readonly detail: string;
}

export function noticeFor(error: unknown, section: SectionId): SaveNotice {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof ForbiddenError) return { kind: 'forbidden', section, detail };
  if (error instanceof OfflineError) return { kind: 'offline', section, detail };
  if (error instanceof ThrottledError) return { kind: 'throttled', section, detail };
  if (error instanceof ValidationError) return { kind: 'invalid', section, detail };
  if (error instanceof NotFoundError) return { kind: 'notFound', section, detail };
  return { kind: 'failed', section, detail };
}

const FAILURE_NOTICES: Record<ChangeFailure['kind'], SaveNotice['kind']> = {
  forbidden: 'forbidden',
  invalid: 'invalid',
  notFound: 'notFound',
  refused: 'failed',
  dependency: 'failed',
  discarded: 'failed',
};

/** The notice for a change the outbox gave up on. */
export function noticeForFailure(failure: ChangeFailure, section: SectionId): SaveNotice {
  return { kind: FAILURE_NOTICES[failure.kind], section, detail: failure.message };
}
