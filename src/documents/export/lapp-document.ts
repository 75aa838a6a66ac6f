import {
  PAGES,
  SECTIONS,
  SIGNATURES,
  SIGNERS,
  SIGN_OFF_FIELDS,
  fieldOf,
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
  type Signer,
} from '../../plan';
import { MATRIX_LAYOUT } from '../template-knowledge';
import { cellText } from './cell-text';
import type { Block, Outline } from './outline';


/** Our wording of the template's partnership statement that the ACLM and CLM sign. */
export const SIGN_OFF_STATEMENT =
  'We confirm that this plan has been drawn up in partnership with the council and that we are content with the proposed priorities for engagement and the partnership actions.';

function rowsOf(plan: Plan, section: SectionDef): readonly AnyRow[] {
  return [...(plan.sections[section.id as RowSectionId] as readonly AnyRow[])].sort((a, b) => a.order - b.order);
}

function tableBlock(section: SectionDef, rows: readonly AnyRow[]): Block {
  return {
    kind: 'table',
    headers: section.fields.map((f) => f.heading ?? f.label),
    rows: rows.map((r) => section.fields.map((f) => cellText(f, r.values[f.name]))),
  };
}

/** The grid as the template draws it: channel group, channel, then one column per community. */
function matrixBlock(section: SectionDef, rows: readonly AnyRow[]): Block {
  const { groupField, channelField, communityField, valueField } = MATRIX_LAYOUT;
  const text = (r: AnyRow, name: string): string => String(r.values[name] ?? '');
  const communities = [...new Set(rows.map((r) => text(r, communityField)))];
  const lines = new Map<string, { group: string; channel: string; cells: Map<string, string> }>();
  for (const r of rows) {
    const id = `${text(r, groupField)}\u0000${text(r, channelField)}`;
    const line = lines.get(id) ?? { group: text(r, groupField), channel: text(r, channelField), cells: new Map<string, string>() };
    line.cells.set(text(r, communityField), text(r, valueField));
    lines.set(id, line);
  }
  const label = (name: string): string => {
    const f = section.fields.find((x) => x.name === name) as FieldDef;
    return f.heading ?? f.label;
  };
  return {
    kind: 'table',
    headers: [label(groupField), label(channelField), ...communities],
    rows: [...lines.values()].map((l) => [l.group, l.channel, ...communities.map((c) => l.cells.get(c) ?? '')]),
  };
}

function signatureText(who: Signer, signature: Signature | undefined): string {
  if (!signature) return 'not signed yet';
  const by = cellText(fieldOf(sectionById('plan'), SIGNATURES[who].by) as FieldDef, signature.by);
  return signature.on ? `${by}, signed on ${formatDate(signature.on)}` : `${by} (date not recorded)`;
}

/**
 * The plan laid out like the Word template: its details, the sign-off statement with who signed
 * and when, then every page's tables in the template's order under the template's headings.
 */
export function lappOutline(plan: Plan, today: IsoDate): Outline {
  const header = sectionById('plan');
  const council = String(plan.header.values.CouncilName ?? plan.header.key);
  const blocks: Block[] = [{ kind: 'title', text: header.templateTitle }];
  for (const f of header.fields) {
    const value = cellText(f, plan.header.values[f.name]);
    if (!SIGN_OFF_FIELDS.includes(f.name) && value !== '') blocks.push({ kind: 'paragraph', label: f.heading ?? f.label, text: value });
  }
  // The signers the plan needs, and anyone else who signed all the same.
  const signOff = signOffState(plan.header.values);
  const signers = SIGNERS.filter((who) => signOff.required.includes(who) || signOff[who]);
  blocks.push(
    { kind: 'heading', level: 2, text: 'Sign-off' },
    { kind: 'paragraph', text: `“${SIGN_OFF_STATEMENT}”` },
    ...signers.map((who): Block => ({ kind: 'paragraph', label: who.toUpperCase(), text: signatureText(who, signOff[who]) })),
    { kind: 'paragraph', label: 'Produced on', text: formatDate(today) },
  );
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
  return { title: `${header.templateTitle}: ${council}`, landscape: true, blocks };
}
