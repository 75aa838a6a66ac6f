import ExcelJS from 'exceljs';
import { rollupRows } from '../../../src/features/manager-rollup/rollup-rows';
import { rollupFileName, rollupWorkbook } from '../../../src/features/manager-rollup/rollup-workbook';
import { createTranslate } from '../../../src/i18n';
import { enGB } from '../../../src/i18n/en-GB';
import { TODAY, bramble, ottery, wyre } from './rollup-plans';

const t = createTranslate(enGB, 'en-GB');

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

/** A sheet's rows as plain values, header first. */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the roll-up as an Excel workbook', () => {
  it('has a Plans sheet with one row per council, counts as numbers and meetings as dates', async () => {
    const workbook = await open(await rollupWorkbook(rollupRows([ottery, bramble, wyre], TODAY), t, TODAY));
    const plans = workbook.getWorksheet('Plans')!;
    const [header, ...rows] = valuesOf(plans);
    expect(header).toEqual([
      'Council',
      'Census',
      'Sign-off',
      'Open actions',
      'Overdue actions',
      'Unresolved concerns',
      'Last meeting',
      'Next meeting',
      'Strands marked High',
    ]);
    expect(rows[1]).toEqual([
      'Ottery Down Council',
      'Census 2031',
      'Signed 5 Jan 2031',
      3,
      2,
      1,
      new Date('2030-12-27T00:00:00Z'),
      new Date('2031-01-24T00:00:00Z'),
      'Address register, Recruitment',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['Bramble Heath Borough Council', 'Ottery Down Council', 'Wyre End Council']);
    expect(plans.getCell('G3').numFmt).toBe('d mmm yyyy');
    expect(plans.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('has an Overdue actions sheet naming each overdue action, its owner and when it was due', async () => {
    const workbook = await open(await rollupWorkbook(rollupRows([ottery, bramble, wyre], TODAY), t, TODAY));
    const [header, ...rows] = valuesOf(workbook.getWorksheet('Overdue actions')!);
    expect(header).toEqual(['Council', 'Action', 'Strand', 'Owner', 'Due', 'Status']);
    expect(rows).toEqual([
      ['Ottery Down Council', 'Book the library', undefined, 'CEM', new Date('2030-12-20T00:00:00Z'), 'In progress'],
      ['Ottery Down Council', 'Share the address list', '1 Address register', 'ACLM', new Date('2031-01-02T00:00:00Z'), 'Open'],
    ]);
  });

  it('is named for the day its figures are for', () => {
    expect(rollupFileName(TODAY)).toBe('lapp-plans-2031-01-10.xlsx');
  });
});
