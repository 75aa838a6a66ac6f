import type { Translate } from '../../i18n';
import type { IsoDate } from '../../plan';
import type { RollupRow } from './rollup-rows';
import { signOffText } from './rollup-text';

const nextOrDue = (r: RollupRow) => r.nextMeeting ?? r.meetingDueByCadence;

/** The .xlsx content type, for the download. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "lapp-plans-2031-01-10.xlsx": the day the figures are for. */
export function rollupFileName(today: IsoDate): string {
  return `lapp-plans-${today}.xlsx`;
}

/** A date cell Excel sorts and filters as a date (a 'YYYY-MM-DD' string would sort only as text). */
const asDate = (date: IsoDate | null | undefined): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);
const DATE_FORMAT = 'd mmm yyyy';

interface Column<T> {
  readonly header: string;
  readonly width: number;
  readonly value: (item: T) => string | number | Date | null;
  readonly date?: boolean;
}

function addSheet<T>(workbook: import('exceljs').Workbook, name: string, columns: readonly Column<T>[], items: readonly T[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), header: c.header, width: c.width, ...(c.date ? { style: { numFmt: DATE_FORMAT } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items) sheet.addRow(columns.map((c) => c.value(item)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/**
 * The roll-up as an Excel workbook: "Plans", one row per council as the dashboard shows it, and
 * "Overdue actions", one row per overdue action. exceljs is loaded here, on the first export only.
 */
export async function rollupWorkbook(rows: readonly RollupRow[], t: Translate, today: IsoDate): Promise<Uint8Array> {
  const { Workbook } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const workbook = new Workbook();
  workbook.creator = t('app.name');
  workbook.created = asDate(today)!;
  workbook.title = t('manager.title');

  addSheet<RollupRow>(
    workbook,
    t('manager.sheet.plans'),
    [
      { header: t('manager.col.council'), width: 34, value: (r) => r.council },
      { header: t('manager.col.census'), width: 14, value: (r) => r.census },
      { header: t('manager.col.signOff'), width: 26, value: (r) => signOffText(r, t) },
      { header: t('manager.col.open'), width: 14, value: (r) => r.openActions },
      { header: t('manager.col.overdue'), width: 16, value: (r) => r.overdueActions },
      { header: t('manager.col.concerns'), width: 20, value: (r) => r.unresolvedConcerns },
      { header: t('manager.col.lastMeeting'), width: 14, value: (r) => asDate(r.lastMeeting), date: true },
      { header: t('manager.col.nextMeeting'), width: 14, value: (r) => asDate(nextOrDue(r)), date: true },
      { header: t('manager.col.high'), width: 44, value: (r) => r.highStrands.join(', ') },
    ],
    rows,
  );

  const overdue = rows.flatMap((row) => row.overdue.map((action) => ({ council: row.council, ...action })));
  addSheet<(typeof overdue)[number]>(
    workbook,
    t('manager.sheet.overdue'),
    [
      { header: t('manager.col.council'), width: 34, value: (a) => a.council },
      { header: t('manager.col.action'), width: 48, value: (a) => a.title },
      { header: t('manager.col.strand'), width: 22, value: (a) => a.strand },
      { header: t('manager.col.owner'), width: 34, value: (a) => a.owner },
      { header: t('manager.col.due'), width: 14, value: (a) => asDate(a.due), date: true },
      { header: t('manager.col.status'), width: 14, value: (a) => a.status },
    ],
    overdue,
  );

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
