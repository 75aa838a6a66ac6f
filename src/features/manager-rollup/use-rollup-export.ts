import { useCallback, useState } from 'react';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { IsoDate } from '../../plan';
import type { RollupRow } from './rollup-rows';
import { saveFile } from './save-file';

export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly file: string }
  | { readonly kind: 'failed'; readonly error: unknown };

/** The Excel export: the workbook code (and exceljs) load on the first click only. */
export function useRollupExport(rows: readonly RollupRow[], today: IsoDate) {
  const t = useFullMessages();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const exportRows = useCallback(async () => {
    setState({ kind: 'busy' });
    try {
      const { rollupWorkbook, rollupFileName, XLSX_TYPE } = await import(/* webpackChunkName: "rollup-workbook" */ './rollup-workbook');
      const file = rollupFileName(today);
      saveFile(await rollupWorkbook(rows, t, today), file, XLSX_TYPE);
      setState({ kind: 'done', file });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }, [rows, t, today]);
  return { state, exportRows };
}
