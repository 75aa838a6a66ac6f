import { SIGNATURES, ValidationError, sectionById, validateValues, type FieldDef, type FieldValue, type Plan, type Signer } from '../../plan';
import { translateFor } from '../../i18n/catalogues';
import { detailLabel, FRONT_PAGE_FIELDS, signatureHeaders, type FrontPageField } from '../document-text';
import type { SourceLine } from '../read/source';
import { normalise, normaliseHeading } from '../text-match';
import { readDateCell, type YearHint } from './date-cell';
import { say, schema, type ImportMessage } from './import-messages';
import type { DetailChange, DraftRow } from './types';

/**
 * The plan's own details as a LAPP document gives them: the council ("Name of LA"), the census,
 * the ACLM and CLM (from the sign-off and the key contacts, with their email where the contacts
 * give one, so they get their role), the signatures with their dates, and the date the QA
 * answers were sent. A signature read from a document is recorded as signed on paper.
 */

const header = sectionById('plan');
// A Welsh document's words are taken back to English before they are read (welsh-document.ts).
const english = translateFor('en-GB');
const TEXT = { signatureHeaders: signatureHeaders(english), notSigned: english('document.lapp.notSigned') };
const exportLabel = (name: string): string | undefined =>
  (FRONT_PAGE_FIELDS as readonly string[]).includes(name) ? detailLabel(english, name as FrontPageField) : undefined;

function fieldNamed(name: string): FieldDef {
  return header.fields.find((f) => f.name === name) as FieldDef;
}

/** The signers' own fields: read from the signature table, never from a label of their own. */
const SIGNATURE_FIELDS = new Set<string>(Object.values(SIGNATURES).flatMap((s) => [s.by, s.on, s.paper]));

/** Every name a detail goes by in a document: our export's label, the template's heading, our field label. */
const LABELS: readonly { field: string; names: readonly string[] }[] = header.fields
  .filter((f) => !SIGNATURE_FIELDS.has(f.name))
  .map((f) => ({
    field: f.name,
    names: [...new Set([exportLabel(f.name), f.heading, f.label].filter((n): n is string => Boolean(n)).map(normaliseHeading))],
  }));

/** Whether a cell is itself a label (so not the value of the one before it); census years count here. */
function isLabel(text: string): boolean {
  const n = normalise(text);
  return LABELS.some((l) => l.names.includes(n));
}

function labelField(text: string): string | undefined {
  const n = normaliseHeading(text);
  return n === '' ? undefined : LABELS.find((l) => l.names.includes(n))?.field;
}

/** How a document names each signer; which header fields hold their signature is the sign-off model's. */
const SIGNER_NAMES: readonly { readonly who: Signer; readonly names: readonly string[] }[] = [
  { who: 'aclm', names: ['aclm', 'aclm digital signature', 'assistant census liaison manager'] },
  { who: 'clm', names: ['clm', 'clm digital signature', 'census liaison manager'] },
];

function signerOf(text: string): Signer | undefined {
  const n = normaliseHeading(text);
  return SIGNER_NAMES.find((s) => s.names.includes(n))?.who;
}

const isDateHeading = (text: string): boolean => normaliseHeading(text) === 'date';

/** The first date in a text such as "Sent 22/11/2030", or null. */
function dateIn(text: string, hint: YearHint | null): string | null {
  const whole = readDateCell(text, hint);
  if (whole.kind === 'date') return whole.iso;
  const m = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}/u.exec(text);
  const read = m ? readDateCell(m[0], hint) : null;
  return read?.kind === 'date' ? read.iso : null;
}

interface Found {
  readonly field: string;
  readonly text: string;
  readonly line: SourceLine;
}

export interface PlanDetails {
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly found: readonly Found[];
  /** Lines that held the details: accounted for, not reported as outside every table. */
  readonly lines: ReadonlySet<number>;
  readonly notes: readonly ImportMessage[];
}

/** Reads the sign-off table: a heading row naming the signers (or "Role … Date"), then the values. */
function readSignatures(lines: readonly SourceLine[], at: number, found: Found[], used: Set<number>): void {
  const head = lines[at];
  const cells = head?.cells ?? [];
  const byRole = cells.map(normaliseHeading).join(' ') === TEXT.signatureHeaders.map(normaliseHeading).join(' ');
  for (let k = at + 1; k < lines.length && lines[k]?.cells; k += 1) {
    const line = lines[k] as SourceLine;
    const row = line.cells ?? [];
    used.add(line.n);
    if (byRole) {
      const who = signerOf(row[0] ?? '');
      const [, name = '', how = '', date = ''] = row;
      if (!who || name.trim() === '' || normaliseHeading(how) === normaliseHeading(TEXT.notSigned)) continue;
      found.push({ field: SIGNATURES[who].by, text: name, line }, { field: SIGNATURES[who].on, text: date, line });
    } else {
      cells.forEach((cell, i) => {
        const who = signerOf(cell);
        const value = row[i]?.trim() ?? '';
        if (who && value !== '') found.push({ field: SIGNATURES[who].by, text: value, line });
        if (isDateHeading(cell) && value !== '') {
          for (const s of SIGNER_NAMES) found.push({ field: SIGNATURES[s.who].on, text: value, line });
        }
      });
    }
  }
  if (head) used.add(head.n);
}

/** The lines that hold the plan's details. */
export function detailLines(lines: readonly SourceLine[]): ReadonlySet<number> {
  return collect(lines).used;
}

function collect(lines: readonly SourceLine[]): { found: Found[]; used: Set<number> } {
  const found: Found[] = [];
  const used = new Set<number>();
  lines.forEach((line, i) => {
    if (used.has(line.n)) return;
    if (line.cells) {
      const cells = line.cells;
      const signatureHead =
        cells.filter((c) => signerOf(c) !== undefined && /signature/i.test(c)).length > 0 ||
        cells.map(normaliseHeading).join(' ') === TEXT.signatureHeaders.map(normaliseHeading).join(' ');
      if (signatureHead) return readSignatures(lines, i, found, used);
      // A detail is a label and its value, alone on their row ("Name of LA:" | "…").
      const filled = cells.filter((c) => c.trim() !== '');
      const field = filled.length === 2 ? labelField((filled[0] ?? '').replace(/:\s*$/, '')) : undefined;
      if (field && !isLabel(filled[1] ?? '')) {
        found.push({ field, text: filled[1] ?? '', line });
        used.add(line.n);
      }
      return;
    }
    const [label, ...rest] = line.text.split(':');
    const field = labelField(label ?? '');
    if (!field) return;
    let value = rest.join(':').trim();
    if (value === '') {
      // "CEM Record Date sent to ONS Quality Assurance Team", then "Sent 22/11/2030" below it.
      const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
      if (next && !next.cells && !isLabel(next.text.split(':')[0] ?? '')) {
        value = next.text.trim();
        used.add(next.n);
      }
    }
    if (value !== '') {
      found.push({ field, text: value, line });
      used.add(line.n);
    }
  });
  return { found, used };
}

/** "ACLM", "Assistant census liaison manager": which signer a key contact's role names. */
function contactRole(role: FieldValue | undefined): Signer | undefined {
  return typeof role === 'string' ? signerOf(role) : undefined;
}

/** The plan's details in a document, as validated plan values. */
export function readPlanDetails(lines: readonly SourceLine[], hint: YearHint | null, contacts: readonly DraftRow[]): PlanDetails {
  const { found, used } = collect(lines);
  const values: Record<string, FieldValue> = {};
  const notes: ImportMessage[] = [];
  for (const item of found) {
    if (values[item.field] !== undefined) continue;
    const f = fieldNamed(item.field);
    const text = item.text.replace(/\s+/g, ' ').trim();
    let value: FieldValue = text;
    if (f.kind === 'date') value = dateIn(text, hint);
    else if (f.kind === 'number') value = Number(text);
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
      notes.push(say('import.detail.unreadable', { label: schema(f.label), text, where: { where: item.line.where } }));
      continue;
    }
    try {
      Object.assign(values, validateValues(header, { [item.field]: value }, 'update'));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const problems = { sentences: error.errors.map((fieldError) => ({ fieldError })) };
      notes.push(say('import.detail.refused', { label: schema(f.label), problems, where: { where: item.line.where } }));
    }
  }
  for (const s of SIGNER_NAMES) {
    const fields = SIGNATURES[s.who];
    if (values[fields.by]) values[fields.paper] = true;
    // The contacts give the ACLM's and CLM's emails, which is what gives them their role.
    const contact = contacts.find((c) => contactRole(c.values.ContactRole) === s.who);
    const name = typeof contact?.values.ContactName === 'string' ? contact.values.ContactName : null;
    const email = typeof contact?.values.Email === 'string' ? contact.values.Email : null;
    const current = typeof values[fields.names] === 'string' ? (values[fields.names] as string) : null;
    if (name && (current === null || current === name)) values[fields.names] = email ? `${name} <${email}>` : name;
  }
  return { values, found, lines: used, notes };
}

/** What the details would change in the plan: empty fields are filled, filled ones are left as they are. */
export function detailChanges(details: PlanDetails, plan: Plan | undefined): DetailChange[] {
  const current = plan?.header.values as Readonly<Record<string, FieldValue>> | undefined;
  return Object.entries(details.values).map(([field, value]) => {
    const f = fieldNamed(field);
    const now = current?.[field] ?? null;
    const apply = current !== undefined && (now === null || now === '') && value !== null;
    const same = now === value;
    return {
      field,
      label: f.label,
      value,
      apply,
      ...(!apply && !same && now !== null && { kept: say('import.detail.kept', { value: String(now) }) }),
    };
  });
}
