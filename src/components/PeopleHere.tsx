import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../i18n';
import { useFullMessages } from '../i18n/use-full-messages';
import { usePeopleHere, type SeenPresence } from '../lib/live';
import { Announcement } from './Announcement';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  icon: { flexShrink: 0, marginTop: '2px' },
});

const TYPING = { 'typing-decision': 'decision', 'typing-action': 'action', 'typing-note': 'note', 'typing-concern': 'concern', 'typing-update': 'update' } as const;

function sentence(t: Translate, person: SeenPresence, itemNumber: (itemId: string) => number | undefined): string {
  const name = person.displayName || person.email;
  const typing = person.activity && person.activity in TYPING ? TYPING[person.activity as keyof typeof TYPING] : undefined;
  if (typing) return t(`presence.typing.${typing}`, { name });
  const position = person.itemId === undefined ? undefined : itemNumber(person.itemId);
  return position === undefined ? t('presence.here', { name }) : t('presence.onItem', { name, position });
}

/** The same words about the same person are not said again sooner than this (typing, pausing, typing on). */
const REPEAT_AFTER_MS = 60_000;

/**
 * Who else is in the meeting and what they are doing ("Priya is on item 5", "Ava is typing a
 * decision"). Shown as a short list; screen readers hear, politely, only when someone arrives,
 * starts typing or moves to another item: not when they stop typing, go quiet or the page
 * re-renders, and the same sentence about someone at most once a minute.
 */
export function PeopleHere({ itemNumber = () => undefined }: { itemNumber?: (itemId: string) => number | undefined }) {
  const t = useFullMessages();
  const styles = useStyles();
  const people = usePeopleHere();
  const lines = people.map((person) => ({ person, text: sentence(t, person, itemNumber) }));
  const heard = useRef(new Map<string, string>());
  // When each sentence about each person was last said.
  const said = useRef(new Map<string, number>());
  const [announcement, setAnnouncement] = useState<string>();
  const fresh = lines.filter(({ person, text }) => {
    const before = heard.current.get(person.email);
    const now = `${person.itemId ?? ''}|${person.activity ?? ''}`;
    const stoppedTyping = before !== undefined && before.startsWith(`${person.itemId ?? ''}|typing-`) && person.activity === 'viewing';
    const last = said.current.get(`${person.email}\n${text}`);
    const repeated = last !== undefined && Date.now() - last < REPEAT_AFTER_MS;
    return before !== now && !stoppedTyping && !repeated;
  });
  const news = fresh.map(({ text }) => text).join('. ');
  useEffect(() => {
    heard.current = new Map(people.map((p) => [p.email, `${p.itemId ?? ''}|${p.activity ?? ''}`]));
    if (!news) return;
    for (const { person, text } of fresh) said.current.set(`${person.email}\n${text}`, Date.now());
    setAnnouncement(news);
  }, [people, news, fresh]);

  return (
    <>
      {lines.length > 0 && (
        <div className={styles.root}>
          <PeopleRegular aria-hidden className={styles.icon} />
          <ul className={styles.list} aria-label={t('presence.label')}>
            {lines.map(({ person, text }) => (
              <li key={person.email}>
                <Text size={200}>{text}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Announcement text={announcement} />
    </>
  );
}
