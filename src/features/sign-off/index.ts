export { SignOffPage } from './SignOffPage';
export { SignedVersionView } from './SignedVersionView';
