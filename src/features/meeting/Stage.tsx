import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { textOf } from '../../plan/read-values';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useMessages } from '../../i18n';
import { useCurrentPlan } from '../../lib/plan-context';
import { itemFacts } from './AgendaItemMeta';
import { DecisionList } from './DecisionList';
import { LiveBadge } from './LiveBadge';
import { currentItemIndex } from './meeting-agenda';
import { useMeeting } from './meeting-context';
import { decisionsOf, itemOutcome } from './meeting-rows';
import { useMeetingTitle } from './use-meeting-title';
import { useNewDecisions } from './use-new-decisions';

const useStyles = makeStyles({
  // Read from across a room: large type, strong contrast, every colour a theme token.
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalXXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXL,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: tokens.spacingHorizontalXXXL },
  heading: { margin: `0 0 ${tokens.spacingVerticalL}`, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  done: { color: tokens.colorNeutralForeground2 },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralForeground1}`,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  detail: { display: 'block', marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightRegular },
  message: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  outcome: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    marginInlineStart: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  live: { fontSize: tokens.fontSizeBase500, height: 'auto', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
});

/** "Done", "Dropped" or "Resolved" beside an item the meeting has just dealt with (a word, not only a colour). */
function Outcome({ outcome }: { outcome: ReturnType<typeof itemOutcome> }) {
  const t = useMessages();
  const styles = useStyles();
  if (!outcome) return null;
  return (
    <span className={styles.outcome} data-outcome={outcome}>
      <CheckmarkCircleFilled aria-hidden /> {t(`meeting.stage.${outcome}`)}
    </span>
  );
}

/**
 * The meeting stage, shared for everyone in the call: the agreed agenda with the current item
 * and the decisions recorded so far, kept up to date as the side panel records them. New
 * decisions are announced politely to screen readers.
 */
export function Stage() {
  const t = useMessages();
  const styles = useStyles();
  const { plan } = useCurrentPlan();
  const meeting = useMeeting();
  const title = useMeetingTitle();
  const { agenda } = meeting.agreed;
  const decisions = decisionsOf(plan, meeting.key);
  const arrived = useNewDecisions(decisions);
  const current = agenda ? currentItemIndex(agenda, textOf(meeting.row?.values.CurrentItem)) : -1;
  const currentRef = useRef<HTMLLIElement>(null);

  // A long agenda does not fit the stage: keep the item being discussed in view.
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [current]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{title}</h1>
        <LiveBadge status={meeting.live} className={styles.live} />
      </header>
      {meeting.closed && <Text className={styles.message}>{t('meeting.stage.closed')}</Text>}
      <div className={styles.columns}>
        <section aria-labelledby="stage-agenda">
          <h2 id="stage-agenda" className={styles.heading}>
            {t('meeting.stage.agenda')}
          </h2>
          {agenda ? (
            <ol className={styles.list} aria-label={t('meeting.agenda.listLabel')}>
              {agenda.items.map((item, index) => (
                <li
                  key={item.id}
                  className={mergeClasses(styles.item, index < current && styles.done, index === current && !meeting.closed && styles.current)}
                  aria-current={index === current && !meeting.closed ? 'step' : undefined}
                  ref={index === current ? currentRef : undefined}
                >
                  {`${index + 1}. ${item.title}`}
                  <Outcome outcome={itemOutcome(plan, item)} />
                  {index === current && !meeting.closed && (
                    <>
                      <span className={styles.detail}>{item.reason}</span>
                      <span className={styles.detail}>{itemFacts(item, t).map((f) => f.text).join(' · ')}</span>
                    </>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <Text className={styles.message}>{t('meeting.stage.noAgenda')}</Text>
          )}
        </section>
        <section aria-labelledby="stage-decisions">
          <h2 id="stage-decisions" className={styles.heading}>
            {t('meeting.decisions.heading')}
          </h2>
          <DecisionList decisions={decisions} label={t('meeting.decisions.heading')} large />
        </section>
      </div>
      <VisuallyHidden>
        <span aria-live="polite">{arrived.map((d) => t('meeting.stage.newDecision', { text: textOf(d.values.DecisionText) ?? '' })).join(' ')}</span>
      </VisuallyHidden>
    </main>
  );
}
