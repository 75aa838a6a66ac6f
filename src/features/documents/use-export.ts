import { useCallback, useMemo, useState } from 'react';
import type { ExportFormat, ExportOptions, ExportedDocument } from '../../documents/export';
import type { Plan } from '../../plan';
import type { DocumentLibrary } from '../../storage/document-library';

export type ExportStatus =
  | { readonly kind: 'downloaded'; readonly file: string }
  | { readonly kind: 'saved'; readonly file: string; readonly webUrl: string }
  | { readonly kind: 'failed'; readonly format: ExportFormat; readonly error: unknown };

function save(document: ExportedDocument): void {
  const url = URL.createObjectURL(new Blob([document.bytes as BlobPart], { type: document.contentType }));
  const link = Object.assign(window.document.createElement('a'), { href: url, download: document.fileName });
  link.click();
  // Revoked on the next turn: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Download or file an export. The Word writer is loaded the first time one is asked for. */
export function useExport(library: DocumentLibrary | undefined, plan: Plan, location: string) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [status, setStatus] = useState<ExportStatus | null>(null);

  const make = useCallback(
    async (format: ExportFormat, options: ExportOptions, deliver: (doc: ExportedDocument) => Promise<ExportStatus>) => {
      setBusy(format);
      setStatus(null);
      try {
        const { exportPlan } = await import('../../documents/export');
        const exported = await exportPlan(plan, format, { ...options, location: { site: location } });
        setStatus(await deliver(exported));
      } catch (error) {
        setStatus({ kind: 'failed', format, error });
      } finally {
        setBusy(null);
      }
    },
    [plan, location],
  );

  const download = useCallback(
    (format: ExportFormat, options: ExportOptions = {}) =>
      make(format, options, async (doc) => {
        save(doc);
        return { kind: 'downloaded', file: doc.fileName };
      }),
    [make],
  );

  // Only where the site has a library: the library is then there for every save, with nothing to check.
  const saveToSite = useMemo(
    () =>
      library &&
      ((format: ExportFormat, options: ExportOptions = {}) =>
        make(format, options, async (doc) => {
          const uploaded = await library.uploadDocument(`${plan.header.key}/${doc.fileName}`, doc.bytes, doc.contentType);
          return { kind: 'saved', file: doc.fileName, webUrl: uploaded.webUrl };
        })),
    [make, library, plan],
  );

  return { busy, status, download, saveToSite };
}
