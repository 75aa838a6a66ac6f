import {
  PAGES,
  SECTIONS,
  SIGNATURES,
  SIGNERS,
  formatDate,
  sectionById,
  signOffState,
  type AnyRow,
  type FieldDef,
  type FieldValue,
  type IsoDate,
  type Plan,
  type RowSectionId,
  type SectionDef,
  type Signature,
} from '../../plan';
import type { Translate } from '../../i18n/catalogue';
import { enGB } from '../../i18n/en-GB';
import { formatDay } from '../../i18n/locale-format';
import { detailLabel, FRONT_PAGE_FIELDS, signatureHeaders } from '../document-text';
import { MATRIX_LAYOUT, ukDate } from '../template-knowledge';
import { cellText, personName, rowCellText, shownFields } from './cell-text';
import type { Block, Outline } from './outline';

/** Kept for the tests and the sign-off page's wording to match the document's. */
export const SIGN_OFF_STATEMENT = enGB['document.lapp.signOffStatement'];

function rowsOf(plan: Plan, section: SectionDef): readonly AnyRow[] {
  return [...(plan.sections[section.id as RowSectionId] as readonly AnyRow[])].sort((a, b) => a.order - b.order);
}

/**
 * A cell as a document beyond the app shows it: dates as the council wrote them, people by name,
 * choices (Uchel, Ie…) in the document's language; what people wrote stays as written.
 */
function documentCell(t: Translate, plan: Plan, f: FieldDef, values: AnyRow['values']): string {
  if (f.kind === 'person') return personName(values[f.name]);
  if (f.refersTo === 'meetings') return meetingDate(plan, values[f.name]);
  const text = rowCellText(f, values);
  return f.kind === 'choice' || f.kind === 'boolean' ? t.schema(text) : text;
}

/**
 * A meeting named by a row, as the template's people know it: its date (the import reads the
 * date back to that plan's meeting). The key is the app's own and means nothing on paper.
 */
function meetingDate(plan: Plan, key: FieldValue | undefined): string {
  const meeting = typeof key === 'string' ? plan.sections.meetings.find((m) => m.key === key) : undefined;
  const date = meeting?.values.MeetingDate;
  return typeof date === 'string' ? ukDate(date) : '';
}

function tableBlock(t: Translate, plan: Plan, section: SectionDef, rows: readonly AnyRow[]): Block {
  const fields = shownFields(section);
  return {
    kind: 'table',
    headers: fields.map((f) => t.schema(f.heading ?? f.label)),
    rows: rows.map((r) => fields.map((f) => documentCell(t, plan, f, r.values))),
  };
}

/** The grid as the template draws it: channel group (merged down), channel, then one column per community. */
function matrixBlock(t: Translate, section: SectionDef, rows: readonly AnyRow[]): Block {
  const { groupField, channelField, communityField, valueField } = MATRIX_LAYOUT;
  const field = (name: string): FieldDef => section.fields.find((x) => x.name === name) as FieldDef;
  const text = (r: AnyRow, name: string): string => cellText(field(name), r.values[name]);
  const communities = [...new Set(rows.map((r) => text(r, communityField)))];
  const lines = new Map<string, { group: string; channel: string; cells: Map<string, string> }>();
  for (const r of rows) {
    const id = `${text(r, groupField)}\u0000${text(r, channelField)}`;
    const line = lines.get(id) ?? { group: text(r, groupField), channel: text(r, channelField), cells: new Map<string, string>() };
    line.cells.set(text(r, communityField), text(r, valueField));
    lines.set(id, line);
  }
  const label = (name: string): string => t.schema(field(name).heading ?? field(name).label);
  // Groups in the template's order, so each group's lines sit together under one merged cell.
  const groupOrder = (group: string): number => (field(groupField).choices ?? []).indexOf(group);
  const ordered = [...lines.values()].sort((a, b) => groupOrder(a.group) - groupOrder(b.group));
  return {
    kind: 'table',
    mergeFirstColumn: true,
    headers: [label(groupField), label(channelField), ...communities],
    rows: ordered.map((l) => [t.schema(l.group), t.schema(l.channel), ...communities.map((c) => t.schema(l.cells.get(c) ?? ''))]),
  };
}

function signatureRow(t: Translate, role: string, signature: Signature | undefined, named: string): string[] {
  if (!signature) return [role, named, t('document.lapp.notSigned'), ''];
  const how = signature.onPaper ? t('document.lapp.signedOnPaper') : t('document.lapp.signedInApp');
  return [role, personName(signature.by), how, signature.on ? formatDay(signature.on, t.locale) : ''];
}

/** The front page: the template's title, the council and census, and the plan's people and dates. */
function frontPage(t: Translate, plan: Plan, today: IsoDate): Block[] {
  const header = sectionById('plan');
  const v = plan.header.values;
  const details = FRONT_PAGE_FIELDS.flatMap((name) => {
    const f = header.fields.find((x) => x.name === name) as FieldDef;
    const value = f.kind === 'person' ? personName(v[name]) : cellText(f, v[name]);
    return value === '' ? [] : [[detailLabel(t, name), value]];
  });
  return [
    { kind: 'title', text: t.schema(header.templateTitle) },
    { kind: 'heading', level: 1, text: String(v.CouncilName ?? plan.header.key) },
    { kind: 'paragraph', text: String(v.Census ?? '') },
    { kind: 'paragraph', text: t('document.lapp.frontIntro') },
    { kind: 'heading', level: 2, text: t('document.lapp.detailsHeading') },
    { kind: 'table', headers: [detailLabel(t, 'CouncilName'), String(v.CouncilName ?? '')], rows: details.slice(1) },
    { kind: 'paragraph', label: t('document.lapp.producedOn'), text: formatDay(today, t.locale) },
  ];
}

function signOff(t: Translate, plan: Plan): Block[] {
  const state = signOffState(plan.header.values);
  const v = plan.header.values;
  return [
    { kind: 'heading', level: 1, text: t('document.lapp.signOffHeading') },
    { kind: 'paragraph', text: `“${t('document.lapp.signOffStatement')}”` },
    {
      kind: 'table',
      headers: signatureHeaders(t),
      // The signers the plan needs, and anyone else who signed all the same.
      rows: SIGNERS.filter((who) => state.required.includes(who) || state[who]).map((who) =>
        signatureRow(t, who.toUpperCase(), state[who], personName(v[SIGNATURES[who].names])),
      ),
    },
  ];
}

/**
 * The plan laid out like the Word template: a front page with the council and census, the
 * sign-off as a signature table, then every page's tables in the template's order, each under
 * the template's heading with a line of guidance.
 */
export function lappOutline(plan: Plan, today: IsoDate, t: Translate): Outline {
  const council = String(plan.header.values.CouncilName ?? plan.header.key);
  const blocks: Block[] = [...frontPage(t, plan, today), { kind: 'pageBreak' }, ...signOff(t, plan)];
  let page = '';
  for (const section of SECTIONS as readonly SectionDef[]) {
    if (section.id === 'plan' || section.page === 'meetings') continue;
    if (section.page !== page) {
      page = section.page;
      blocks.push({ kind: 'heading', level: 1, text: t.schema(PAGES.find((p) => p.id === page)?.title ?? page) });
    }
    blocks.push({ kind: 'heading', level: 2, text: t.schema(section.templateTitle) });
    if (section.help) blocks.push({ kind: 'paragraph', text: t.schema(section.help) });
    const rows = rowsOf(plan, section);
    blocks.push(section.shape === 'matrix' ? matrixBlock(t, section, rows) : tableBlock(t, plan, section, rows));
  }
  return { title: `${t.schema(sectionById('plan').templateTitle)}: ${council}`, blocks, lang: t.locale };
}
