import type { GraphHttp } from '../graph-http';
import type { GraphDriveItem } from '../graph-types';
import { sitePath } from './sites';

/** Characters SharePoint refuses in file and folder names. */
const FORBIDDEN_IN_NAME = /["*:<>?\\|#%]/;

/**
 * "Plans/Kestrel Vale/plan.docx" → each segment percent-encoded, after checking it is a name
 * SharePoint accepts (no empty or dot segments, no reserved characters).
 */
export function drivePathSegments(path: string): string {
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment.trim() === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_NAME.test(segment)) {
      throw new RangeError(
        `"${path}" is not a usable document path: use names separated by "/", without empty parts, "..", or any of " * : < > ? \\ | # %.`,
      );
    }
  }
  return segments.map(encodeURIComponent).join('/');
}

/**
 * Uploads (or replaces) a file in the site's default document library. Simple upload: Graph takes
 * up to 250 MB this way, far above any Word export of a plan.
 */
export async function uploadFile(
  http: GraphHttp,
  siteId: string,
  path: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<GraphDriveItem> {
  const answer = await http.send<GraphDriveItem>({
    method: 'PUT',
    path: `${sitePath(siteId)}/drive/root:/${drivePathSegments(path)}:/content`,
    // A Blob is sent as is in browsers and Node alike; the SDK would copy a typed array's whole buffer.
    body: new Blob([bytes.slice()], { type: contentType }),
    headers: { 'Content-Type': contentType },
  });
  return answer.body;
}
