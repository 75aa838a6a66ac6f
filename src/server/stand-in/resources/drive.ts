import path from 'node:path';
import { fileContent, findFile, putFile, type DriveFile } from '../db/drive-repo';
import type { RouteHandler, StandInRequest } from '../http/context';
import { fail, GraphHttpError, json } from '../http/reply';
import { identitySet, stableGuid } from '../identity';
import { siteWebUrl } from '../site';

/**
 * The site's default document library, enough to save and fetch Word exports:
 * `PUT /sites/{site}/drive/root:/{path}:/content`, `GET …/root:/{path}` and `…:/content`.
 */
export const MAX_SIMPLE_UPLOAD_BYTES = 25 * 1024 * 1024;
const DRIVE_ID = `b!${stableGuid('lapp-drive').replace(/-/g, '')}`;

const MIME_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
};

/** A drive path from the URL, checked against SharePoint's rules for file names. */
function drivePath(raw: string): string {
  const segments = decodeURIComponent(raw).split('/').filter(Boolean);
  if (segments.length === 0) throw fail.badRequest('A file path is required.');
  for (const s of segments) {
    if (s === '.' || s === '..' || /["*:<>?\\|#%]/.test(s) || s.length > 255) {
      throw new GraphHttpError(400, 'invalidRequest', `"${s}" is not a valid file or folder name.`);
    }
  }
  return segments.join('/');
}

function driveItemJson(req: StandInRequest, site: string, file: DriveFile): Record<string, unknown> {
  const folder = path.posix.dirname(file.path);
  return {
    '@odata.context': `${req.graphBaseUrl}/$metadata#sites('${site}')/drive/root/$entity`,
    '@microsoft.graph.downloadUrl': `${req.graphBaseUrl}/sites/${site}/drive/root:/${encodeURI(file.path)}:/content`,
    createdDateTime: file.created,
    eTag: `"{${stableGuid(file.id).toUpperCase()}},${file.version}"`,
    id: file.id,
    lastModifiedDateTime: file.modified,
    name: file.name,
    webUrl: `${siteWebUrl(req.origin)}/Shared%20Documents/${encodeURI(file.path)}`,
    cTag: `"c:{${stableGuid(file.id).toUpperCase()}},${file.version}"`,
    size: file.size,
    createdBy: identitySet(file.createdBy),
    lastModifiedBy: identitySet(file.modifiedBy),
    parentReference: { driveType: 'documentLibrary', driveId: DRIVE_ID, path: `/drive/root:${folder === '.' ? '' : `/${folder}`}` },
    file: { mimeType: file.mimeType },
    fileSystemInfo: { createdDateTime: file.created, lastModifiedDateTime: file.modified },
  };
}

export const putContent: RouteHandler = (req, params, { db }) => {
  const filePath = drivePath(params.path!);
  if (req.rawBody.length > MAX_SIMPLE_UPLOAD_BYTES) {
    throw new GraphHttpError(413, 'requestTooLarge', 'The file is too large for a simple upload; use an upload session.');
  }
  const name = path.posix.basename(filePath);
  const mimeType = MIME_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
  const { file, created } = putFile(db, { path: filePath, name, mimeType, content: req.rawBody, by: req.caller.email });
  return json(created ? 201 : 200, driveItemJson(req, params.site!, file));
};

export const getDriveItem: RouteHandler = (req, params, { db }) => {
  const file = findFile(db, drivePath(params.path!));
  if (!file) throw fail.notFound('The resource could not be found.');
  return json(200, driveItemJson(req, params.site!, file));
};

export const getContent: RouteHandler = (_req, params, { db }) => {
  const filePath = drivePath(params.path!);
  const file = findFile(db, filePath);
  const content = fileContent(db, filePath);
  if (!file || !content) throw fail.notFound('The resource could not be found.');
  return { status: 200, headers: { 'Content-Type': file.mimeType }, body: content };
};

export const getDrive: RouteHandler = (req) =>
  json(200, {
    id: DRIVE_ID,
    driveType: 'documentLibrary',
    name: 'Documents',
    webUrl: `${siteWebUrl(req.origin)}/Shared%20Documents`,
  });
