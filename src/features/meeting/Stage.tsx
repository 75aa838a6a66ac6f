import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { dateOf, textOf } from '../../plan/read-values';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { dayText } from '../../i18n';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan } from '../../lib/plan-context';
import { itemFacts } from './AgendaItemMeta';
import { LiveBadge } from './LiveBadge';
import { currentItemIndex } from './meeting-agenda';
import { useMeeting } from './meeting-context';
import { meetingFeed } from './meeting-feed';
import { MeetingFeed } from './MeetingFeed';
import { actionsOnItem, decisionsOf, itemOutcome } from './meeting-rows';
import { useMeetingTitle } from './use-meeting-title';
import { useNewDecisions } from './use-new-decisions';

/** How many recorded entries and following items the stage shows: what fits 16:9 at 960×540. */
const LATEST = 5;
const UP_NEXT = 3;

const useStyles = makeStyles({
  // A shared screen: one fixed frame filling the (16:9) stage that never scrolls, large type,
  // every colour a token. Fixed to the viewport, so no page margin can add a scroll bar.
  root: {
    position: 'fixed',
    inset: 0,
    overflow: 'hidden',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr) auto',
    rowGap: tokens.spacingVerticalM,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  facts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase500, flexShrink: 0 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', columnGap: tokens.spacingHorizontalXXL, minHeight: 0 },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minHeight: 0, overflow: 'hidden' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, color: tokens.colorNeutralForeground2 },
  now: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  itemTitle: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  reason: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  actions: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  action: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, overflowWrap: 'anywhere' },
  actionMeta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase400 },
  strip: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalL, minWidth: 0, overflow: 'hidden' },
  agenda: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', columnGap: tokens.spacingHorizontalL, minWidth: 0, overflow: 'hidden' },
  agendaItem: {
    fontSize: tokens.fontSizeBase400,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth: '32ch',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  currentItem: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, fontWeight: tokens.fontWeightSemibold },
  message: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  outcome: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    marginInlineStart: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  live: { fontSize: tokens.fontSizeBase400, height: 'auto', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
});

/** "Done", "Dropped" or "Resolved" beside an item the meeting has dealt with (a word, not only a colour). */
function Outcome({ outcome }: { outcome: ReturnType<typeof itemOutcome> }) {
  const t = useFullMessages();
  const styles = useStyles();
  if (!outcome) return null;
  return (
    <span className={styles.outcome} data-outcome={outcome}>
      <CheckmarkCircleFilled aria-hidden /> {t(`meeting.stage.${outcome}`)}
    </span>
  );
}

/** Minutes since the meeting started, brought up to date every half minute. */
function useMinutesSince(startedAt: string | null): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [startedAt]);
  const start = startedAt ? Date.parse(startedAt) : NaN;
  return Number.isFinite(start) ? Math.max(0, Math.floor((now - start) / 60_000)) : undefined;
}

/**
 * The meeting stage, shared for everyone in the call, in one 16:9 frame that never scrolls: the
 * item being discussed with its live actions, "item 6 of 16" and the time used, the latest
 * things recorded (newest first, so a late decision is always on screen) and what comes next.
 */
export function Stage() {
  const t = useFullMessages();
  const say = useAgendaText();
  const styles = useStyles();
  const { plan } = useCurrentPlan();
  const meeting = useMeeting();
  const title = useMeetingTitle();
  const { agenda } = meeting.agreed;
  const arrived = useNewDecisions(decisionsOf(plan, meeting.key));
  const latest = meetingFeed(plan, meeting.key).reverse().slice(0, LATEST);
  const index = agenda ? currentItemIndex(agenda, textOf(meeting.row?.values.CurrentItem)) : -1;
  const item = agenda?.items[index];
  const used = useMinutesSince(textOf(meeting.row?.values.StartedAt));
  const running = !meeting.closed;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{title}</h1>
        <div className={styles.facts}>
          {agenda && item && running && <span>{t('meeting.stage.itemOf', { position: index + 1, count: agenda.items.length })}</span>}
          {agenda && running && (
            <span>{used === undefined ? t('meeting.stage.planned', { planned: agenda.targetMinutes ?? agenda.totalMinutes }) : t('meeting.stage.time', { used, planned: agenda.targetMinutes ?? agenda.totalMinutes })}</span>
          )}
          <LiveBadge status={meeting.live} className={styles.live} />
        </div>
      </header>
      <div className={styles.body}>
        <section className={styles.panel} aria-labelledby="stage-now">
          <h2 id="stage-now" className={styles.heading}>
            {t('meeting.stage.current')}
          </h2>
          {!running ? (
            <Text className={styles.message}>{t('meeting.stage.closed')}</Text>
          ) : item ? (
            <>
              <div className={styles.now}>
                <p className={styles.itemTitle}>
                  {say(item.title)}
                  <Outcome outcome={itemOutcome(plan, item)} />
                </p>
                <span className={styles.reason}>{[say(item.reason), ...itemFacts(item, t).map((f) => f.text)].join(' · ')}</span>
              </div>
              <ul className={styles.actions} aria-label={t('meeting.stage.itemActions')}>
                {actionsOnItem(plan, item).map((a) => {
                  const due = dateOf(a.values.DueDate);
                  const meta = [textOf(a.values.Owner), due ? dayText(t, due) : null, textOf(a.values.Status)].filter(Boolean).join(' · ');
                  return (
                    <li key={a.key} className={styles.action}>
                      {textOf(a.values.ActionTitle)} <span className={styles.actionMeta}>{meta}</span>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <Text className={styles.message}>{t('meeting.stage.noAgenda')}</Text>
          )}
        </section>
        <section className={styles.panel} aria-labelledby="stage-latest">
          <h2 id="stage-latest" className={styles.heading}>
            {t('meeting.feed.heading')}
          </h2>
          <MeetingFeed entries={latest} label={t('meeting.feed.heading')} large />
        </section>
      </div>
      {agenda && item && running && (
        <nav className={styles.strip} aria-labelledby="stage-agenda">
          <h2 id="stage-agenda" className={styles.heading}>
            {t('meeting.stage.upNext')}
          </h2>
          <ol className={styles.agenda} aria-label={t('meeting.agenda.listLabel')}>
            {agenda.items.slice(index, index + 1 + UP_NEXT).map((next, offset) => (
              <li key={next.id} className={mergeClasses(styles.agendaItem, offset === 0 && styles.currentItem)} aria-current={offset === 0 ? 'step' : undefined}>
                {`${index + offset + 1}. ${next.title}`}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <VisuallyHidden>
        <span aria-live="polite">{arrived.map((d) => t('meeting.stage.newDecision', { text: textOf(d.values.DecisionText) ?? '' })).join(' ')}</span>
      </VisuallyHidden>
    </main>
  );
}
