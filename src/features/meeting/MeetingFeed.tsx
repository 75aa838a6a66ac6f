import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { FeedEntry } from './meeting-feed';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  large: { rowGap: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
});

function kindLabel(t: Translate, kind: FeedEntry['kind']): string {
  switch (kind) {
    case 'decision':
      return t('meeting.feed.decision');
    case 'action':
      return t('meeting.feed.action');
    case 'closed':
      return t('meeting.feed.closed');
    case 'concern':
      return t('meeting.feed.concern');
    case 'update':
      return t('meeting.feed.update');
    case 'note':
      return t('meeting.feed.note');
  }
}

/**
 * What this meeting recorded, for both people and the stage: each entry says what kind it is
 * in words (not only a colour), its details and who recorded it.
 */
export function MeetingFeed({ entries, label, large = false }: { entries: readonly FeedEntry[]; label: string; large?: boolean }) {
  const t = useFullMessages();
  const styles = useStyles();
  if (entries.length === 0) return <Text size={large ? 500 : 300}>{t('meeting.feed.none')}</Text>;
  return (
    <ol className={mergeClasses(styles.list, large && styles.large)} aria-label={label}>
      {entries.map((e) => (
        <li key={e.key} className={styles.item}>
          <span className={styles.head}>
            <Badge appearance="tint" color={e.kind === 'decision' ? 'brand' : 'informative'} size={large ? 'large' : 'medium'}>
              {kindLabel(t, e.kind)}
            </Badge>
            <span>{e.text}</span>
          </span>
          {(e.detail || e.by) && (
            <Text size={large ? 400 : 200} className={styles.meta}>
              {[e.detail, e.by && t('meeting.feed.by', { name: e.by })].filter(Boolean).join(' · ')}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}
