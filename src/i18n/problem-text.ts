import type { NotTakenReason, Problem } from '../storage/errors';
import type { ChangeFailure } from '../storage/outbox';
import type { CoreTranslate, MessageKey } from './catalogue';
import { fieldErrorText } from './validation-text';

/** A problem in the reader's words. */
export interface ProblemText {
  /** The catalogue's sentence for this kind of problem. */
  readonly sentence: string;
  /** What the catalogue can say about this one in particular: the refused fields, a known code. */
  readonly details: readonly string[];
  /**
   * Storage's own words, where the catalogue knows no better: English whatever the reader's
   * language, so shown only under a catalogued sentence and marked `lang="en"`.
   */
  readonly english?: string;
}

const KINDS = {
  offline: 'problem.offline',
  busy: 'problem.busy',
  conflict: 'problem.conflict',
  forbidden: 'problem.forbidden',
  notFound: 'problem.notFound',
  invalid: 'problem.invalid',
  refused: 'problem.refused',
  failed: 'problem.failed',
} as const satisfies Record<Problem['kind'], MessageKey>;

/**
 * The plan service's codes (src/service/) that reach a person as a refusal and that the catalogue
 * words fully. Its 503s (`busy`, `sharePointUnreachable`, the directory's) arrive as throttling,
 * and 400s with fields as refused values. Any other code is worded by its kind, with the
 * service's own words after it.
 */
const CODES = {
  unauthenticated: 'problem.code.unauthenticated',
  tooLarge: 'problem.code.tooLarge',
  internal: 'problem.code.internal',
  planExists: 'problem.code.planExists',
  duplicateKey: 'problem.code.duplicateKey',
  teamsMeetingLinkedElsewhere: 'problem.code.teamsMeetingLinkedElsewhere',
  rowNotInPlan: 'problem.code.rowNotInPlan',
  meetingNotInPlan: 'problem.code.meetingNotInPlan',
  unknownSection: 'problem.code.unknownSection',
  linkWithoutSection: 'problem.code.linkWithoutSection',
  // Steps the app itself does not take (StepNotTakenError): never storage's words.
  meetingNotAgreed: 'problem.code.meetingNotAgreed',
} as const satisfies Record<string, MessageKey> & Record<NotTakenReason, MessageKey>;

function codeText(t: CoreTranslate, code: string | undefined): string | undefined {
  return code !== undefined && Object.hasOwn(CODES, code) ? t(CODES[code as keyof typeof CODES]) : undefined;
}

/** What went wrong, in the reader's language, with storage's English words only where nothing better is known. */
export function problemText(t: CoreTranslate, problem: Problem): ProblemText {
  // A field error without a problem id (from an older service) has only its English message.
  const worded = (problem.fieldErrors ?? []).filter((error) => error.problem && error.label !== undefined);
  const unworded = (problem.fieldErrors ?? []).filter((error) => !worded.includes(error)).map((error) => error.message);
  const code = codeText(t, problem.code);
  const details = [...worded.map((error) => fieldErrorText(t, error)), ...(code === undefined ? [] : [code])];
  const said = problem.said !== undefined && details.length === 0 && unworded.length === 0 ? [problem.said] : [];
  const english = [...unworded, ...said].join(' ');
  return { sentence: t(KINDS[problem.kind]), details, ...(english && { english }) };
}

const FAILURES = {
  forbidden: 'changes.failure.forbidden',
  invalid: 'changes.failure.invalid',
  notFound: 'changes.failure.notFound',
  refused: 'changes.failure.refused',
  dependency: 'changes.failure.dependency',
  discarded: 'changes.failure.discarded',
  notKept: 'changes.failure.notKept',
} as const satisfies Record<ChangeFailure['kind'], MessageKey>;

/** Why the outbox gave a change up: its own sentence, then what storage said, if anything. */
export function changeFailureText(t: CoreTranslate, failure: ChangeFailure): ProblemText {
  // A change kept by an older version of the app may hold a failure kind this one never makes.
  const sentence = Object.hasOwn(FAILURES, failure.kind) ? t(FAILURES[failure.kind]) : t('problem.failed');
  if (!failure.problem) return { sentence, details: [] };
  const cause = problemText(t, failure.problem);
  // A change that waited for another says why that one failed; for the rest the kind says it.
  const details = failure.kind === 'dependency' ? [cause.sentence, ...cause.details] : cause.details;
  return { sentence, details, ...(cause.english !== undefined && { english: cause.english }) };
}
