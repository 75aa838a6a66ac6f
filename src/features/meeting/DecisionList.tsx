import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { strandFromChoice, type Row } from '../../plan';
import { textOf } from '../../plan/read-values';
import { useFullMessages } from '../../i18n/use-full-messages';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  large: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, rowGap: tokens.spacingVerticalL },
  badge: { marginInlineStart: tokens.spacingHorizontalS, verticalAlign: 'middle' },
});

/** The decisions recorded so far at the meeting, oldest first; large on the stage. */
export function DecisionList({ decisions, label, large = false }: { decisions: readonly Row<'decisions'>[]; label: string; large?: boolean }) {
  const t = useFullMessages();
  const styles = useStyles();
  if (decisions.length === 0) return <Text size={large ? 600 : 300}>{t('meeting.decisions.none')}</Text>;
  return (
    <ol className={mergeClasses(styles.list, large && styles.large)} aria-label={label}>
      {decisions.map((decision) => {
        const strand = strandFromChoice(decision.values.Strand);
        return (
          <li key={decision.key} className={styles.item}>
            {textOf(decision.values.DecisionText)}
            {strand !== undefined && (
              <Badge className={styles.badge} size={large ? 'extra-large' : 'medium'} appearance="tint" color="brand">
                {t('strand.number', { id: strand })}
              </Badge>
            )}
          </li>
        );
      })}
    </ol>
  );
}
