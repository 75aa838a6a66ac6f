import type { IsoDate } from './dates';
import type { FieldValue } from './field';
import { dateOf, textOf } from './read-values';
import { SIGNATURES, SIGNED_VERSION } from './sections/plan-header';

/**
 * The one sign-off model: who must sign a plan, who has, and which header fields signing writes.
 * The plan home, the sign-off page, the roll-up, the exports, the agenda, the managers' views and
 * the rights checks all read it, so none of them can disagree about whether a plan is signed.
 */

export type Signer = keyof typeof SIGNATURES;

/** ACLM first: the order signatures are listed and named in. */
export const SIGNERS: readonly Signer[] = ['aclm', 'clm'];

export { SIGNATURES, SIGNED_VERSION };

export interface Signature {
  readonly by: string;
  /** Null when a name was recorded without a date (for example from an imported document). */
  readonly on: IsoDate | null;
  /** Signed on a paper or Word copy (recorded from an imported document), not in the app. */
  readonly onPaper: boolean;
}

export interface SignOff {
  readonly aclm?: Signature;
  readonly clm?: Signature;
  /** Who must sign: the ACLM and the CLM, or only the one the plan names ("ACLM and/or CLM"). */
  readonly required: readonly Signer[];
  /** Required signers who have not signed yet, ACLM first. */
  readonly missing: readonly Signer[];
  readonly signed: boolean;
  /** The latest signature date, when the plan is signed and the dates are known. */
  readonly signedOn?: IsoDate;
}

/** Signed by everyone the plan needs, by some of them, or by none yet. */
export type SignOffStatus = 'signed' | 'partly-signed' | 'awaiting';

type HeaderValues = Readonly<Record<string, FieldValue | undefined>>;

/** A signature is a signer's name; its date may be missing, and it still counts. */
function signatureOf(header: HeaderValues, signer: Signer): Signature | undefined {
  const by = textOf(header[SIGNATURES[signer].by]);
  return by ? { by, on: dateOf(header[SIGNATURES[signer].on]), onPaper: header[SIGNATURES[signer].paper] === true } : undefined;
}

/** Sign-off state from the plan header: who signed when, and who still has to. */
export function signOffState(header: HeaderValues): SignOff {
  const given = { aclm: signatureOf(header, 'aclm'), clm: signatureOf(header, 'clm') };
  // The template asks for the ACLM "and/or" the CLM: a plan naming only one needs only that one.
  const named = SIGNERS.filter((who) => textOf(header[SIGNATURES[who].names]) !== null);
  const required = named.length === 1 ? named : SIGNERS;
  const missing = required.filter((who) => !given[who]);
  const signed = missing.length === 0;
  const dates = required.map((who) => given[who]?.on).filter((d): d is IsoDate => Boolean(d));
  const signedOn = signed && dates.length === required.length ? dates.sort().at(-1) : undefined;
  return { ...(given.aclm && { aclm: given.aclm }), ...(given.clm && { clm: given.clm }), required, missing, signed, ...(signedOn && { signedOn }) };
}

export function signOffStatus(signOff: SignOff): SignOffStatus {
  if (signOff.signed) return 'signed';
  return signOff.missing.length < signOff.required.length ? 'partly-signed' : 'awaiting';
}

/** The header fields signing writes for `signer`: their own name and date, and the signed version. */
export function signatureFields(signer: Signer): readonly string[] {
  return [SIGNATURES[signer].by, SIGNATURES[signer].on, SIGNATURES[signer].paper, SIGNED_VERSION];
}

/** Every header field that records a signature: left out of what is signed and of plan details. */
export const SIGN_OFF_FIELDS: readonly string[] = [
  ...SIGNERS.flatMap((who) => [SIGNATURES[who].by, SIGNATURES[who].on, SIGNATURES[who].paper]),
  SIGNED_VERSION,
];

/** What signing for `signer` writes to the header; signing in the app replaces a paper signature. */
export function signatureValues(signer: Signer, person: string, on: IsoDate, signedVersion: string): Record<string, FieldValue> {
  return { [SIGNATURES[signer].by]: person, [SIGNATURES[signer].on]: on, [SIGNATURES[signer].paper]: false, [SIGNED_VERSION]: signedVersion };
}

/**
 * A signature given in the app stands for the version it was signed on, and the plan keeps one
 * signed version. So when one signer signs a version that says something else than the one the
 * other signer signed in the app, the other's signature lapses (they are asked again) instead of
 * standing under words they never saw. Paper signatures name no version and stand as recorded.
 * Returns the other signer whose signature rests on the plan's signed version, if any.
 */
export function signatureOnSignedVersion(signer: Signer, header: HeaderValues): { readonly signer: Signer; readonly version: string } | undefined {
  const other = SIGNERS.find((who) => who !== signer);
  const version = textOf(header[SIGNED_VERSION]);
  if (!other || !version || !textOf(header[SIGNATURES[other].by]) || header[SIGNATURES[other].paper] === true) return undefined;
  return { signer: other, version };
}

/** What a lapsed signature's fields become: unsigned. */
export function lapsedSignatureValues(signer: Signer): Record<string, null> {
  return { [SIGNATURES[signer].by]: null, [SIGNATURES[signer].on]: null };
}
