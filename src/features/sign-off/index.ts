/** Signing a plan off, and reading a signed version beside what changed since. */
export { SignOffPage } from './SignOffPage';
export { SignedVersionView } from './SignedVersionView';
