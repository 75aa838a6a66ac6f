import { isPerson, parsePerson, type FieldValue, type Plan } from '../plan';

/** Someone a person field can name, as the picker lists them. */
export interface PersonOption {
  /** What the field stores: "Name <email>", or a name or role alone. */
  readonly value: string;
  readonly name: string;
  readonly email?: string;
  /** What they are to the plan ("ACLM", a contact's role or organisation), shown under the name. */
  readonly detail?: string;
}

/** "Sam Patel <sam@council.gov.uk>" → the option the picker shows for it. */
export function personOption(value: string, detail?: string): PersonOption {
  const { name, email } = parsePerson(value);
  return { value: value.trim(), name: name || value.trim(), ...(email ? { email } : {}), ...(detail ? { detail } : {}) };
}

/**
 * The people a plan already knows, each once (by email, else by name): its CEM, ACLM and CLM, its
 * key contacts, then everyone who owns an action. Contacts without an email are still offered, by
 * name, as the template lets a contact be just a name.
 */
export function planPeople(plan: Plan): PersonOption[] {
  const found = new Map<string, PersonOption>();
  const add = (value: FieldValue | undefined, detail?: string) => {
    if (typeof value !== 'string' || !isPerson(value)) return;
    const option = personOption(value, detail);
    const id = (option.email ?? option.name).toLowerCase();
    if (!found.has(id)) found.set(id, option);
  };
  const header = plan.header.values;
  add(header.Cem, 'CEM');
  add(header.Aclm, 'ACLM');
  add(header.Clm, 'CLM');
  for (const contact of plan.sections.keyContacts) {
    const { ContactName: name, Email: email, ContactRole: role, Organisation: organisation } = contact.values;
    const clean = text(name).replace(/[<>]/g, '').trim();
    if (!clean) continue;
    add(text(email) ? `${clean} <${text(email)}>` : clean, text(role) || text(organisation) || undefined);
  }
  for (const action of plan.sections.actions) add(action.values.Owner);
  return [...found.values()];
}

function text(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The options whose name, email or detail contain every word typed, best (name starts with it) first. */
export function matchPeople(options: readonly PersonOption[], text: string): PersonOption[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  const haystack = (o: PersonOption) => `${o.name} ${o.email ?? ''} ${o.detail ?? ''}`.toLowerCase();
  const matches = options.filter((o) => words.every((w) => haystack(o).includes(w)));
  const first = words[0] ?? '';
  return [
    ...matches.filter((o) => o.name.toLowerCase().startsWith(first)),
    ...matches.filter((o) => !o.name.toLowerCase().startsWith(first)),
  ];
}
