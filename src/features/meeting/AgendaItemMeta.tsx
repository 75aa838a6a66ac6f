import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { FlagRegular } from '@fluentui/react-icons';
import type { AgendaItem } from '../../agenda';
import type { Translate } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';

type Fact = 'time' | 'strand' | 'owner' | 'carried' | 'flagged';

/** What is worth knowing about an item at a glance: its time, strand, owner and how often it came back. */
export function itemFacts(item: AgendaItem, t: Translate): readonly { readonly fact: Fact; readonly text: string }[] {
  return [
    { fact: 'time' as const, text: t.plural('meeting.item.minutes', item.minutes) },
    ...(item.strand !== undefined ? [{ fact: 'strand' as const, text: t('strand.number', { id: item.strand }) }] : []),
    ...(item.owner ? [{ fact: 'owner' as const, text: t('meeting.item.owner', { owner: item.owner }) }] : []),
    ...(item.carried
      ? [
          item.flagged
            ? { fact: 'flagged' as const, text: t('meeting.item.flagged', { times: item.carried.times }) }
            : { fact: 'carried' as const, text: t.plural('meeting.item.carried', item.carried.times) },
        ]
      : []),
  ];
}

const BADGES: Readonly<Record<Fact, Pick<BadgeProps, 'appearance' | 'color'>>> = {
  time: { appearance: 'outline', color: 'informative' },
  strand: { appearance: 'tint', color: 'brand' },
  owner: { appearance: 'tint', color: 'subtle' },
  carried: { appearance: 'tint', color: 'warning' },
  flagged: { appearance: 'tint', color: 'danger' },
};

const useStyles = makeStyles({
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** An agenda item's facts as small badges (words, never colour alone). */
export function AgendaItemMeta({ item }: { item: AgendaItem }) {
  const t = useFullMessages();
  const styles = useStyles();
  return (
    <span className={styles.meta}>
      {itemFacts(item, t).map(({ fact, text }) => (
        <Badge key={fact} {...BADGES[fact]} icon={fact === 'flagged' ? <FlagRegular /> : undefined}>
          {text}
        </Badge>
      ))}
    </span>
  );
}
