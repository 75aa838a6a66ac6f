/** The hardened HTTP edge every server in this repository stands behind; routes read bodies with readJsonBody. */
export { withEdge, hardenServer, hostsOfOrigins, DEFAULT_MAX_BODY_BYTES, type EdgeOptions } from './edge';
export { EdgeError, sendEdgeError } from './edge-error';
export { readJsonBody, readRawBody, DEFAULT_JSON_LIMIT_BYTES } from './json-body';
