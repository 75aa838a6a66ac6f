/** Teams nudges for the signed-in person: their opt-outs, and the digest of what Teams could not deliver. */
export { NudgeDigest } from './NudgeDigest';
export { NudgeSettingsButton } from './NudgeSettingsButton';
