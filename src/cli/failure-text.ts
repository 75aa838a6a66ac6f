import type { Translate } from '../i18n/catalogue';
import { problemText } from '../i18n/problem-text';
import { signInErrorText } from '../i18n/sign-in-text';
import { ConflictError, ForbiddenError, NotFoundError, OfflineError, StepNotTakenError, StorageError, ThrottledError, problemOf } from '../storage/errors';
import { ValidationError } from '../plan';
import { PlanChoiceError, planLines } from './choose-plan';

const SIGN_IN_ERRORS = ['SignInFailedError', 'SignInRequiredError'];
const STORAGE_ERRORS = [ConflictError, ForbiddenError, NotFoundError, OfflineError, StepNotTakenError, StorageError, ThrottledError, ValidationError];

/**
 * Why a command stopped, in the reader's language where the catalogue knows it: a --plan that
 * picks out no single plan, sign-in's and storage's failures by their reason or code, storage's
 * own (English) words last on the line. A command's own errors are worded by the catalogue
 * already; anything else is a fault, in its own words.
 */
export function failureText(t: Translate, error: unknown): string {
  if (error instanceof PlanChoiceError) {
    const choice = t(error.fits === 'several' ? 'cli.plan.several' : 'cli.plan.none', { query: error.query });
    return `${choice}\n${error.plans.length === 0 ? t('cli.plan.noPlans') : `${t('cli.plan.choices')}\n${planLines(error.plans)}`}`;
  }
  if (error instanceof Error && SIGN_IN_ERRORS.includes(error.name)) {
    const { sentence, details } = signInErrorText(t, error);
    return [sentence, ...details].join(' ');
  }
  if (STORAGE_ERRORS.some((kind) => error instanceof kind)) {
    const { sentence, details, english } = problemText(t, problemOf(error));
    return [sentence, ...details, ...(english === undefined ? [] : [english])].join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}
