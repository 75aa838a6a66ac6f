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
  type IsoDate,
  type Plan,
  type RowSectionId,
  type SectionDef,
  type Signature,
} from '../../plan';
import { DOCUMENT_TEXT, FRONT_PAGE_FIELDS } from '../document-text';
import { MATRIX_LAYOUT } from '../template-knowledge';
import { cellText, personName, rowCellText, shownFields } from './cell-text';
import type { Block, Outline } from './outline';

const TEXT = DOCUMENT_TEXT.lapp;

/** Kept for the tests and the sign-off page's wording to match the document's. */
export const SIGN_OFF_STATEMENT = TEXT.signOffStatement;

function rowsOf(plan: Plan, section: SectionDef): readonly AnyRow[] {
  return [...(plan.sections[section.id as RowSectionId] as readonly AnyRow[])].sort((a, b) => a.order - b.order);
}

/** A cell as a document beyond the app shows it: dates as the council wrote them, people by name. */
function documentCell(f: FieldDef, values: AnyRow['values']): string {
  return f.kind === 'person' ? personName(values[f.name]) : rowCellText(f, values);
}

function tableBlock(section: SectionDef, rows: readonly AnyRow[]): Block {
  const fields = shownFields(section);
  return {
    kind: 'table',
    headers: fields.map((f) => f.heading ?? f.label),
    rows: rows.map((r) => fields.map((f) => documentCell(f, r.values))),
  };
}

/** The grid as the template draws it: channel group (merged down), channel, then one column per community. */
function matrixBlock(section: SectionDef, rows: readonly AnyRow[]): Block {
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
  const label = (name: string): string => field(name).heading ?? field(name).label;
  // Groups in the template's order, so each group's lines sit together under one merged cell.
  const groupOrder = (group: string): number => (field(groupField).choices ?? []).indexOf(group);
  const ordered = [...lines.values()].sort((a, b) => groupOrder(a.group) - groupOrder(b.group));
  return {
    kind: 'table',
    mergeFirstColumn: true,
    headers: [label(groupField), label(channelField), ...communities],
    rows: ordered.map((l) => [l.group, l.channel, ...communities.map((c) => l.cells.get(c) ?? '')]),
  };
}

function signatureRow(role: string, signature: Signature | undefined, named: string): string[] {
  if (!signature) return [role, named, TEXT.notSigned, ''];
  return [role, personName(signature.by), signature.onPaper ? TEXT.signedOnPaper : TEXT.signedInApp, signature.on ? formatDate(signature.on) : ''];
}

/** The front page: the template's title, the council and census, and the plan's people and dates. */
function frontPage(plan: Plan, today: IsoDate): Block[] {
  const header = sectionById('plan');
  const v = plan.header.values;
  const details = FRONT_PAGE_FIELDS.flatMap((name) => {
    const f = header.fields.find((x) => x.name === name) as FieldDef;
    const value = f.kind === 'person' ? personName(v[name]) : cellText(f, v[name]);
    return value === '' ? [] : [[TEXT.detailLabels[name], value]];
  });
  return [
    { kind: 'title', text: header.templateTitle },
    { kind: 'heading', level: 1, text: String(v.CouncilName ?? plan.header.key) },
    { kind: 'paragraph', text: String(v.Census ?? '') },
    { kind: 'paragraph', text: TEXT.frontIntro },
    { kind: 'heading', level: 2, text: TEXT.detailsHeading },
    { kind: 'table', headers: [TEXT.detailLabels.CouncilName, String(v.CouncilName ?? '')], rows: details.slice(1) },
    { kind: 'paragraph', label: TEXT.producedOn, text: formatDate(today) },
  ];
}

function signOff(plan: Plan): Block[] {
  const state = signOffState(plan.header.values);
  const v = plan.header.values;
  return [
    { kind: 'heading', level: 1, text: TEXT.signOffHeading },
    { kind: 'paragraph', text: `“${TEXT.signOffStatement}”` },
    {
      kind: 'table',
      headers: TEXT.signatureHeaders,
      // The signers the plan needs, and anyone else who signed all the same.
      rows: SIGNERS.filter((who) => state.required.includes(who) || state[who]).map((who) =>
        signatureRow(who.toUpperCase(), state[who], personName(v[SIGNATURES[who].names])),
      ),
    },
  ];
}

/**
 * The plan laid out like the Word template: a front page with the council and census, the
 * sign-off as a signature table, then every page's tables in the template's order, each under
 * the template's heading with a line of guidance.
 */
export function lappOutline(plan: Plan, today: IsoDate): Outline {
  const council = String(plan.header.values.CouncilName ?? plan.header.key);
  const blocks: Block[] = [...frontPage(plan, today), { kind: 'pageBreak' }, ...signOff(plan)];
  let page = '';
  for (const section of SECTIONS as readonly SectionDef[]) {
    if (section.id === 'plan' || section.page === 'meetings') continue;
    if (section.page !== page) {
      page = section.page;
      blocks.push({ kind: 'heading', level: 1, text: PAGES.find((p) => p.id === page)?.title ?? page });
    }
    blocks.push({ kind: 'heading', level: 2, text: section.templateTitle });
    if (section.help) blocks.push({ kind: 'paragraph', text: section.help });
    const rows = rowsOf(plan, section);
    blocks.push(section.shape === 'matrix' ? matrixBlock(section, rows) : tableBlock(section, rows));
  }
  return { title: `${sectionById('plan').templateTitle}: ${council}`, blocks };
}
