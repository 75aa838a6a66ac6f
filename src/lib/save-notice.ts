import { ValidationError, type SectionId } from '../plan';
import type { ChangeFailure } from '../storage/outbox';
import { ForbiddenError, NotFoundError, OfflineError, ThrottledError, problemOf, type Problem } from '../storage/errors';

/**
 * Why a save was undone, as a kind the UI turns into a message from the catalogue, plus what
 * storage answered (its fields, its code, its own words) for the UI to word under it.
 */
export interface SaveNotice {
  readonly kind: 'forbidden' | 'offline' | 'throttled' | 'invalid' | 'notFound' | 'failed';
  readonly section: SectionId;
  readonly problem: Problem | undefined;
}

export function noticeFor(error: unknown, section: SectionId): SaveNotice {
  const problem = problemOf(error);
  if (error instanceof ForbiddenError) return { kind: 'forbidden', section, problem };
  if (error instanceof OfflineError) return { kind: 'offline', section, problem };
  if (error instanceof ThrottledError) return { kind: 'throttled', section, problem };
  if (error instanceof ValidationError) return { kind: 'invalid', section, problem };
  if (error instanceof NotFoundError) return { kind: 'notFound', section, problem };
  return { kind: 'failed', section, problem };
}

/** A row this person changed is gone from the plan on screen: the notice says all there is to say. */
export function missingRowNotice(section: SectionId): SaveNotice {
  return { kind: 'notFound', section, problem: undefined };
}

const FAILURE_NOTICES: Record<ChangeFailure['kind'], SaveNotice['kind']> = {
  forbidden: 'forbidden',
  invalid: 'invalid',
  notFound: 'notFound',
  refused: 'failed',
  dependency: 'failed',
  discarded: 'failed',
  notKept: 'failed',
};

/** The notice for a change the outbox gave up on. */
export function noticeForFailure(failure: ChangeFailure, section: SectionId): SaveNotice {
  return { kind: FAILURE_NOTICES[failure.kind], section, problem: failure.problem };
}
