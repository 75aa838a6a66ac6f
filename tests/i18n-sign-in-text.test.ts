import { SignInFailedError, SignInRequiredError, signInFailure } from '../src/auth/sign-in-errors';
import { CATALOGUES, translateFor } from '../src/i18n/catalogues';
import { signInErrorText } from '../src/i18n/sign-in-text';

/** Why sign-in did not finish, as src/auth says it, worded for a Welsh reader. */
describe('sign-in failures in Welsh', () => {
  const welsh = translateFor('cy-GB');
  const english = Object.values(CATALOGUES['en-GB']);
  const inWelsh = (error: unknown) => signInErrorText(welsh, error);

  it('words each reason the person must act', () => {
    expect(inWelsh(new SignInRequiredError('popup-blocked')).sentence).toBe(welsh('signIn.popupBlocked'));
    expect(inWelsh(new SignInRequiredError('cancelled')).sentence).toBe(welsh('signIn.cancelled'));
    expect(inWelsh(new SignInRequiredError('signed-out')).sentence).toBe(welsh('signIn.signedOut'));
  });

  it.each(['50020', '65001', '90094', '50105', '53003', '700016'])('words Entra’s AADSTS%s as src/auth does, not as a bare failure', (number) => {
    const failure = signInFailure({ errorCode: 'invalid_grant', errorMessage: `AADSTS${number}: something in English from Entra.` });
    const text = inWelsh(failure);
    expect(text.sentence).not.toBe(welsh('signIn.failed', { code: failure.code }));
    expect(english).not.toContain(text.sentence);
    expect(text.english).toBeUndefined();
  });

  it('words a network that failed, and any other code with the code to give an administrator', () => {
    expect(inWelsh(signInFailure({ errorCode: 'no_network_connectivity' })).sentence).toBe(welsh('signIn.network'));
    expect(inWelsh(new SignInFailedError('Something.', 'interaction_in_progress')).sentence).toBe(
      'Methodd y mewngofnodi i Microsoft 365 (interaction_in_progress). Rhowch gynnig arall arni; os yw’n dal i ddigwydd, rhowch y cod hwn i’ch gweinyddwr.',
    );
  });

  it('keeps anything else as English, after a sentence of the catalogue', () => {
    expect(inWelsh(new Error('The auth chunk failed to load.'))).toEqual({ sentence: welsh('app.cannotStartWhy'), details: [], english: 'The auth chunk failed to load.' });
  });
});
