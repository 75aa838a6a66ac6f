import {
  Avatar,
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  TagPickerOptionGroup,
  type TagPickerProps,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isPerson } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import { useOptionalPlan } from '../lib/plan-context';
import { matchPeople, personOption, planPeople, type PersonOption } from '../lib/plan-people';
import { usePeopleDirectory } from './people-directory';

export interface PersonFieldProps {
  readonly label: string;
  /** What the field stores: "Name <email>", a name or a role, or '' for nobody. */
  readonly value: string;
  /**
   * Called when someone is chosen or removed, or when typed text is left behind: `valid` is false
   * when that text is not a person, and `value` is then the text, which the schema refuses.
   */
  onChange(value: string, valid: boolean): void;
  /** Whom to offer; by default the people of the plan on screen. */
  readonly people?: readonly PersonOption[];
  readonly hint?: string;
  readonly required?: boolean;
  readonly error?: string;
  readonly className?: string;
  readonly disabled?: boolean;
}

/** Values that are ours, not people: the "Use what I typed" and "nobody matches" rows. */
const TYPED = '\u0000typed';
const NONE = '\u0000none';

/**
 * Fluent's TagPicker over the plan's own people and contacts (and the directory, where the
 * signed-in person may search it). The field stores "Name <email>" so roles work across tenants;
 * people see the name, with the email on hover and under the name in the list.
 */
export function PersonField({ label, value, onChange, people, hint, required, error, className, disabled }: PersonFieldProps) {
  const t = useFullMessages();
  const loaded = useOptionalPlan();
  const known = useMemo(() => people ?? (loaded ? planPeople(loaded.plan) : []), [people, loaded]);
  const [query, setQuery] = useState('');
  const [refused, setRefused] = useState(false);
  const directory = useDirectoryMatches(query);
  const input = useRef<HTMLInputElement>(null);

  const typed = query.trim();
  const inPlan = matchPeople(known, typed).slice(0, 8);
  const fromDirectory = directory.found.filter(
    (d) => !inPlan.some((p) => p.email && d.email && p.email.toLowerCase() === d.email.toLowerCase()),
  );
  const canUseTyped = typed !== '' && isPerson(typed) && ![...inPlan, ...fromDirectory].some((o) => o.value === typed);
  const all = [...inPlan, ...fromDirectory];
  const selected = value ? (all.find((o) => o.value === value) ?? known.find((o) => o.value === value) ?? personOption(value)) : undefined;

  const choose = (next: string) => {
    setQuery('');
    setRefused(false);
    if (next !== value) onChange(next, true);
  };

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_, data) => {
    if (data.value === NONE) return;
    if (data.value === TYPED) return choose(typed);
    // Choosing the person already there (or dismissing their tag) clears the field.
    choose(data.value === value ? '' : data.value);
  };

  // Text left in the box is not dropped silently: a person is taken, anything else is refused.
  const leave = () => {
    if (typed === '') return;
    const exact = all.find((o) => o.name.toLowerCase() === typed.toLowerCase() || o.email?.toLowerCase() === typed.toLowerCase());
    if (exact) return choose(exact.value);
    if (isPerson(typed)) return choose(typed);
    setRefused(true);
    onChange(typed, false);
  };

  return (
    <Field
      className={className}
      label={label}
      hint={directory.unavailable ? `${hint ?? t('people.hint')} ${t('people.directoryUnavailable')}` : (hint ?? t('people.hint'))}
      required={required}
      validationState={refused || error ? 'error' : 'none'}
      validationMessage={refused ? t('people.invalid') : error}
    >
      <TagPicker
        onOptionSelect={onOptionSelect}
        selectedOptions={selected ? [selected.value] : []}
        disabled={disabled}
        onOpenChange={(_, data) => !data.open && window.setTimeout(() => dropStaleActiveOption(input.current))}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label={label}>
            {selected && (
              <Tag
                key={selected.value}
                value={selected.value}
                shape="rounded"
                title={selected.email ?? selected.name}
                dismissIcon={{ 'aria-label': t('people.remove', { name: selected.name }) }}
                media={<Avatar aria-hidden name={selected.name} color="colorful" />}
              >
                {selected.name}
              </Tag>
            )}
          </TagPickerGroup>
          <TagPickerInput
            ref={input}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setRefused(false);
            }}
            onBlur={() => {
              leave();
              dropStaleActiveOption(input.current);
            }}
          />
        </TagPickerControl>
        <TagPickerList>
          {inPlan.length > 0 && (
            <TagPickerOptionGroup label={t('people.inPlan')}>
              {inPlan.map((o) => (
                <PersonOptionRow key={o.value} option={o} />
              ))}
            </TagPickerOptionGroup>
          )}
          {fromDirectory.length > 0 && (
            <TagPickerOptionGroup label={t('people.directory')}>
              {fromDirectory.map((o) => (
                <PersonOptionRow key={o.value} option={o} />
              ))}
            </TagPickerOptionGroup>
          )}
          {canUseTyped && (
            <TagPickerOption value={TYPED} text={typed}>
              {t('people.use', { text: typed })}
            </TagPickerOption>
          )}
          {all.length === 0 && !canUseTyped && (
            <TagPickerOption value={NONE} text="">
              {directory.searching ? t('people.searching') : t('people.noMatch', { text: typed })}
            </TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}

/**
 * Fluent's picker leaves aria-activedescendant on the box once its list closes, naming an option
 * that is no longer in the page: an invalid ARIA reference (axe: aria-valid-attr-value) that
 * screen readers announce as nothing. It is dropped once the option is gone.
 */
function dropStaleActiveOption(box: HTMLInputElement | null): void {
  const id = box?.getAttribute('aria-activedescendant');
  if (box && id && !box.ownerDocument.getElementById(id)) box.removeAttribute('aria-activedescendant');
}

function PersonOptionRow({ option }: { option: PersonOption }) {
  const secondary = [option.email, option.detail].filter(Boolean).join(' · ');
  return (
    <TagPickerOption
      value={option.value}
      text={option.name}
      title={option.email}
      media={<Avatar aria-hidden name={option.name} color="colorful" size={24} />}
      secondaryContent={secondary || undefined}
    >
      {option.name}
    </TagPickerOption>
  );
}

/**
 * Directory matches for what was typed, a moment after typing stops; none where there is no
 * directory. `unavailable` once a search was refused or failed: the field then says that only
 * the plan's people are offered, rather than looking as if the directory had no one.
 */
function useDirectoryMatches(query: string): { found: readonly PersonOption[]; searching: boolean; unavailable: boolean } {
  const search = usePeopleDirectory();
  const [found, setFound] = useState<readonly PersonOption[]>([]);
  const [searching, setSearching] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    const text = query.trim();
    if (!search || text.length < 2) {
      setFound([]);
      setSearching(false);
      return;
    }
    const ticket = ++latest.current;
    setSearching(true);
    const timer = window.setTimeout(() => {
      search(text)
        .then((people) => {
          if (ticket !== latest.current) return;
          setFound(people);
          setUnavailable(false);
        })
        .catch(() => {
          if (ticket !== latest.current) return;
          setFound([]);
          setUnavailable(true);
        })
        .finally(() => ticket === latest.current && setSearching(false));
    }, 250);
    return () => window.clearTimeout(timer);
  }, [query, search]);
  return { found, searching, unavailable };
}
