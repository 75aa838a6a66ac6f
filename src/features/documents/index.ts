export { DocumentsPage, type DocumentsPageProps } from './DocumentsPage';
