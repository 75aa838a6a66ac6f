import { ROW_SECTIONS, type FieldDef, type FieldValue, type Plan, type SectionDef, type SectionId } from '../../../src/plan';
import { makePlan, row } from '../../agenda/plan-factory';
import { HOSTILE_TEXT, validValue } from './hostile-values';

/** Addresses a link must never become: script, and script dressed up. */
const HOSTILE_LINKS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '<a href="javascript:alert(1)">x</a>'];

/** A stored value SharePoint would keep but the app never accepts: markup for text, script for links. */
function hostileValue(f: FieldDef, n: number): FieldValue {
  switch (f.kind) {
    case 'text':
    case 'note':
      return HOSTILE_TEXT[n % HOSTILE_TEXT.length]!;
    case 'url':
      return HOSTILE_LINKS[n % HOSTILE_LINKS.length]!;
    case 'email':
      return n % 2 ? 'javascript:alert(1)//@kestrelvale.example' : 'jo@kestrelvale.example" onmouseover="alert(1)';
    case 'person':
      return n % 2 ? 'Evil <javascript:alert(1)//@kestrelvale.example>' : HOSTILE_TEXT[n % HOSTILE_TEXT.length]!;
    default:
      return validValue(f);
  }
}

/** The markup a section's row names itself by, when its label is text: what its page must show literally. */
export function hostileLabel(section: SectionDef, index: number): string | undefined {
  const label = section.fields.find((f) => f.name === section.labelField);
  return label?.kind === 'text' || label?.kind === 'note' ? HOSTILE_TEXT[index % HOSTILE_TEXT.length] : undefined;
}

/** One row a section whose every text field holds markup or script, as if written around the app. */
export function hostileRow(section: SectionDef, index: number) {
  const values = Object.fromEntries(section.fields.map((f, j) => [f.name, hostileValue(f, f.name === section.labelField ? index : index + j)]));
  return row(section.id as SectionId, `hostile-${section.id}`, values);
}

/**
 * The test plan (its people unchanged, so roles still work) with markup in the council's name and
 * census, and one hostile row in every section.
 */
export function hostilePlan(): Plan {
  return makePlan(
    { CouncilName: '<img src=x onerror=alert(1)>', Census: '<script>alert(1)</script>', CouncilDomain: '" onmouseover="alert(1)' },
    ROW_SECTIONS.map((s, i) => hostileRow(s, i)),
  );
}

/**
 * Every way the DOM under `root` could run script: script-like elements, handlers, and addresses
 * that are not http(s) or mailto. Markup inside a label or a text box's value is only text.
 */
export function scriptRisks(root: ParentNode): string[] {
  const risks: string[] = [];
  root.querySelectorAll('script, iframe, object, embed, img[src="x"]').forEach((el) => risks.push(`<${el.tagName.toLowerCase()}>`));
  root.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) risks.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)) {
        const protocol = new URL(attr.value, 'http://localhost/').protocol;
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) risks.push(`${el.tagName.toLowerCase()}[${attr.name}="${attr.value}"]`);
      }
    }
  });
  return risks;
}
