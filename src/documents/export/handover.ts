import type { Translate } from '../../i18n/catalogue';
import { formatDay } from '../../i18n/locale-format';
import { ROW_SECTIONS, STRANDS, parsePerson, sectionById, type AnyRow, type FieldDef, type FieldValue, type IsoDate, type Plan, type RowSectionId, type SectionDef } from '../../plan';
import { isOpen, isUnresolved } from '../../plan/progress';
import { dateOf, textOf } from '../../plan/read-values';
import { normaliseHeading } from '../text-match';
import { personName, rowCellText, shownFields } from './cell-text';
import type { Block, Outline } from './outline';
import { meetingLabel, strandOfRow } from './plan-facts';

/** Where the plan is kept, as the app knows it (the site's address or id). */
export interface PlanLocation {
  readonly site: string;
}

export interface HandoverOptions {
  readonly today: IsoDate;
  /** Where the plan is kept; said in general words when unknown. */
  readonly location?: PlanLocation;
  /** How many of the latest meetings' decisions to include. */
  readonly meetings?: number;
}

const RECENT_MEETINGS = 3;

/** The plan's people, named by the plan or else by its key contacts (whose role says ACLM or CLM). */
function peopleTable(t: Translate, plan: Plan): Block {
  const v = plan.header.values;
  const fromContacts = (role: string): string | null => {
    const contact = plan.sections.keyContacts.find((c) => normaliseHeading(textOf(c.values.ContactRole) ?? '') === role);
    if (!contact) return null;
    const name = textOf(contact.values.ContactName) ?? '';
    const email = textOf(contact.values.Email);
    return email ? `${name} <${email}>` : name;
  };
  const people: [string, string | null][] = [
    [t('document.lapp.detail.Cem'), textOf(v.Cem) ?? fromContacts('cem')],
    [t('document.lapp.detail.Aclm'), textOf(v.Aclm) ?? fromContacts('aclm')],
    [t('document.lapp.detail.Clm'), textOf(v.Clm) ?? fromContacts('clm')],
  ];
  return {
    kind: 'table',
    headers: [t('document.lapp.signature.role'), t('document.lapp.signature.name'), t('document.handover.email')],
    rows: people.map(([role, value]) => {
      const person = value ? parsePerson(value) : { name: t('document.handover.notNamed') };
      return [role, person.name, person.email ?? ''];
    }),
  };
}

function sectionTable(t: Translate, plan: Plan, section: SectionDef): Block {
  const rows = plan.sections[section.id as RowSectionId] as readonly AnyRow[];
  const cell = (f: FieldDef, r: AnyRow) => {
    const text = rowCellText(f, r.values);
    return f.kind === 'choice' || f.kind === 'boolean' ? t.schema(text) : text;
  };
  return {
    kind: 'table',
    headers: shownFields(section).map((f) => t.schema(f.label)),
    rows: rows.map((r) => shownFields(section).map((f: FieldDef) => cell(f, r))),
  };
}

function openActions(t: Translate, plan: Plan): Block {
  const meeting = (key: FieldValue | undefined) => meetingLabel(plan, textOf(key), t);
  const rows = plan.sections.actions
    .filter(isOpen)
    .sort((a, b) => (dateOf(a.values.DueDate) ?? '9999').localeCompare(dateOf(b.values.DueDate) ?? '9999'))
    .map((a) => {
      const strand = strandOfRow(a);
      const due = dateOf(a.values.DueDate);
      return [
        textOf(a.values.ActionTitle) ?? '',
        strand ? t.schema(STRANDS.find((s) => s.id === strand)?.short ?? '') : '',
        personName(a.values.Owner),
        due ? formatDay(due, t.locale) : '',
        t.schema(textOf(a.values.Status) ?? 'Open'),
        meeting(a.values.RaisedInMeeting),
        meeting(a.values.ClosedInMeeting),
        textOf(a.values.ActionNotes) ?? '',
      ];
    });
  return { kind: 'table', headers: labelsOf(t, 'actions', ['ActionTitle', 'Strand', 'Owner', 'DueDate', 'Status', 'RaisedInMeeting', 'ClosedInMeeting', 'ActionNotes']), rows };
}

/** The schema's labels of a section's fields, in the document's language. */
function labelsOf(t: Translate, section: RowSectionId, fields: readonly string[]): string[] {
  const def = sectionById(section);
  return fields.map((name) => t.schema(def.fields.find((f) => f.name === name)?.label ?? name));
}

function unresolvedConcerns(t: Translate, plan: Plan): Block {
  const fields = ['Month', 'Community', 'Concern', 'ActionTaken', 'NextSteps'];
  const rows = plan.sections.concernsRaised.filter(isUnresolved).map((c) => fields.map((name) => textOf(c.values[name]) ?? ''));
  return { kind: 'table', headers: labelsOf(t, 'concernsRaised', fields), rows };
}

function recentDecisions(t: Translate, plan: Plan, today: IsoDate, count: number): Block[] {
  const meetings = plan.sections.meetings
    .map((m) => ({ key: m.key, date: dateOf(m.values.MeetingDate) }))
    .filter((m): m is { key: string; date: IsoDate } => m.date !== null && m.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, count);
  if (meetings.length === 0) return [{ kind: 'paragraph', text: t('document.handover.noMeetings') }];
  return meetings.flatMap((m): Block[] => {
    const decided = plan.sections.decisions.filter((d) => textOf(d.values.MeetingKey) === m.key).map((d) => textOf(d.values.DecisionText) ?? '');
    return [
      { kind: 'heading', level: 3, text: t('document.handover.meetingOf', { date: formatDay(m.date, t.locale) }) },
      decided.length > 0 ? { kind: 'bullets', items: decided } : { kind: 'paragraph', text: t('document.handover.noDecisions') },
    ];
  });
}

/** Where the plan is kept, in the words of someone opening the site: no list names, ids or paths. */
function whereThingsLive(t: Translate, plan: Plan, location: PlanLocation | undefined): Block[] {
  const parts = (ROW_SECTIONS as readonly SectionDef[])
    .filter((s) => s.id !== 'snapshots')
    .map((s) => [t.schema(s.title), (plan.sections[s.id as RowSectionId] as readonly AnyRow[]).length.toLocaleString(t.locale)]);
  return [
    { kind: 'paragraph', label: t('document.handover.site'), text: location?.site ?? t('document.handover.theSite') },
    { kind: 'paragraph', text: t('document.handover.whereIntro') },
    { kind: 'table', headers: [t('document.handover.part'), t('document.handover.rows')], rows: parts },
  ];
}

/**
 * What someone taking over as CEM, ACLM or CLM needs: who is who, the open actions with where
 * they were raised and closed, the concerns still open, what the last meetings decided, and
 * where the plan is kept.
 */
export function handoverOutline(plan: Plan, options: HandoverOptions, t: Translate): Outline {
  const council = textOf(plan.header.values.CouncilName) ?? plan.header.key;
  const title = t('document.handover.title', { council });
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'paragraph', label: t('document.lapp.producedOn'), text: formatDay(options.today, t.locale) },
    { kind: 'paragraph', text: t('document.handover.intro') },
    { kind: 'heading', level: 1, text: t('document.handover.contactsHeading') },
    peopleTable(t, plan),
    { kind: 'heading', level: 2, text: t.schema('Key contacts') },
    sectionTable(t, plan, sectionById('keyContacts')),
    { kind: 'heading', level: 2, text: t.schema('Press office contact') },
    sectionTable(t, plan, sectionById('pressOffice')),
    { kind: 'heading', level: 1, text: t('document.handover.actionsHeading') },
    openActions(t, plan),
    { kind: 'heading', level: 1, text: t('document.handover.concernsHeading') },
    unresolvedConcerns(t, plan),
    { kind: 'heading', level: 1, text: t('document.handover.decisionsHeading') },
    ...recentDecisions(t, plan, options.today, options.meetings ?? RECENT_MEETINGS),
    { kind: 'heading', level: 1, text: t('document.handover.whereHeading') },
    ...whereThingsLive(t, plan, options.location),
  ];
  return { title, blocks, lang: t.locale };
}
