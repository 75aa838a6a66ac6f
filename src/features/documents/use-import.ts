import { useCallback, useRef, useState } from 'react';
import { isDocumentError } from '../../documents/errors';
import type { CommitResult, ImportPreview } from '../../documents/import';
import { LIMITS } from '../../documents/limits';
import type { Plan } from '../../plan';
import type { PlanStore } from '../../storage/port';
import type { Translate } from '../../i18n';
import { importText } from '../../i18n/import-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { readFileBytes } from './read-file';

export type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly file: string; readonly percent: number }
  | { readonly step: 'checking'; readonly file: string }
  | { readonly step: 'preview'; readonly preview: ImportPreview }
  | { readonly step: 'committing'; readonly preview: ImportPreview; readonly done: number; readonly total: number }
  | { readonly step: 'done'; readonly preview: ImportPreview; readonly result: CommitResult }
  /** `error`: what stopped an import part-way, worded after the message (ErrorWords). */
  | { readonly step: 'error'; readonly message: string; readonly error?: unknown };

/** Why the file was refused, in the reader's language; anything else the import threw is "could not be read". */
function messageOf(error: unknown, t: Translate): string {
  return isDocumentError(error) ? importText(t, error.said) : t('documents.import.unreadable');
}

/**
 * Import as steps: read the file (with progress), preview it, then commit with progress. The
 * Word and text readers are loaded only here, when a file is chosen, so they stay out of the
 * tab's first bundle.
 */
export function useImport(store: PlanStore, plan: Plan, onImported?: () => void) {
  const t = useFullMessages();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // A newer file replaces an older one still being read; its late answer is dropped.
  const attempt = useRef(0);

  const choose = useCallback(
    async (file: File) => {
      const mine = ++attempt.current;
      const current = (): boolean => mine === attempt.current;
      // Refused before reading: a file this size is never a LAPP, and reading it would tie up the tab.
      if (file.size > LIMITS.maxFileBytes) {
        setState({ step: 'error', message: t('documents.import.tooLarge', { file: file.name, limit: LIMITS.maxFileBytes / (1024 * 1024) }) });
        return;
      }
      try {
        setState({ step: 'reading', file: file.name, percent: 0 });
        const bytes = await readFileBytes(file, (percent) => current() && setState({ step: 'reading', file: file.name, percent }));
        if (!current()) return;
        setState({ step: 'checking', file: file.name });
        const { previewImport } = await import('../../documents/import');
        const preview = await previewImport({ bytes, fileName: file.name, planId: plan.header.key, plan });
        if (current()) setState({ step: 'preview', preview });
      } catch (error) {
        if (current()) setState({ step: 'error', message: messageOf(error, t) });
      }
    },
    [plan, t],
  );

  const commit = useCallback(async () => {
    if (state.step !== 'preview') return;
    const { preview } = state;
    try {
      const { commitImport } = await import('../../documents/import');
      setState({ step: 'committing', preview, done: 0, total: preview.counts.newRows });
      const result = await commitImport(store, preview, {
        onProgress: ({ done, total }) => setState({ step: 'committing', preview, done, total }),
      });
      setState({ step: 'done', preview, result });
      if (result.written > 0) onImported?.();
    } catch (error) {
      // The importer's code did not load (offline), or the store failed outside any one row.
      setState({ step: 'error', message: t('documents.import.stopped'), error });
    }
  }, [state, store, onImported, t]);

  const reset = useCallback(() => {
    attempt.current += 1;
    setState({ step: 'idle' });
  }, []);

  return { state, choose, commit, reset };
}
