import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AgendaItem } from '../../agenda';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { AgendaItemMeta } from './AgendaItemMeta';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorTransparentStroke}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  current: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  choose: { justifyContent: 'flex-start', textAlign: 'start', minWidth: 0, paddingInline: 0, fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2 },
});

export interface AgendaListProps {
  readonly items: readonly AgendaItem[];
  readonly label: string;
  /** The item being discussed, marked for sight and for screen readers. */
  readonly current?: number;
  /** Makes each title a button that moves the meeting to that item. */
  onChoose?(index: number): void;
  /** Show each item's reason (the details tab) or only its title and badges (the side panel). */
  readonly withReasons?: boolean;
}

/** The agreed agenda, read only, with the current item marked (aria-current) when the meeting runs. */
export function AgendaList({ items, label, current, onChoose, withReasons = false }: AgendaListProps) {
  const styles = useStyles();
  const say = useAgendaText();
  return (
    <ol className={styles.list} aria-label={label}>
      {items.map((item, index) => (
        <li key={item.id} className={mergeClasses(styles.item, index === current && styles.current)} aria-current={index === current ? 'step' : undefined}>
          {onChoose ? (
            <Button appearance="transparent" className={styles.choose} onClick={() => onChoose(index)}>
              {`${index + 1}. ${say(item.title)}`}
            </Button>
          ) : (
            <Text weight="semibold">{`${index + 1}. ${say(item.title)}`}</Text>
          )}
          {withReasons && (
            <Text size={200} className={styles.reason}>
              {say(item.reason)}
            </Text>
          )}
          <AgendaItemMeta item={item} />
        </li>
      ))}
    </ol>
  );
}
