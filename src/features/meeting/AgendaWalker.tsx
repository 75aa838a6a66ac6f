import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Agenda } from '../../agenda';
import { sectionById } from '../../plan';
import { textOf } from '../../plan/read-values';
import { Announcement } from '../../components/Announcement';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { AgendaItemMeta } from './AgendaItemMeta';
import { AgendaList } from './AgendaList';
import { ItemRecorder } from './ItemRecorder';
import { useMeeting } from './meeting-context';
import { meetingFeed } from './meeting-feed';
import { MeetingFeed } from './MeetingFeed';
import { SectionHeading } from './SectionHeading';
import { useFollowedItem } from './use-followed-item';
import { useMeetingWrites } from './use-meeting-writes';

const meetings = sectionById('meetings');

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  current: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  position: { color: tokens.colorNeutralForeground2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  nav: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/**
 * The meeting, item by item (the side panel during the call): the current item, moving on
 * (saved as Meetings.CurrentItem so the stage follows), and what to record on it.
 */
export function AgendaWalker({ agenda, focusFirstItem = false }: { agenda: Agenda; focusFirstItem?: boolean }) {
  const t = useFullMessages();
  const say = useAgendaText();
  const styles = useStyles();
  const { plan } = useCurrentPlan();
  const access = usePlanAccess();
  const meeting = useMeeting();
  const writes = useMeetingWrites();
  const [announcement, setAnnouncement] = useState<string>();
  const recorder = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once, when the agenda was just agreed in this panel: the button pressed has gone.
  useEffect(() => {
    if (focusFirstItem) heading.current?.focus();
  }, [focusFirstItem]);
  const followed = useFollowedItem(agenda, meeting.key, textOf(meeting.row?.values.CurrentItem), meeting.row?.modifiedBy, recorder);
  const { index, movedOn } = followed;
  const item = agenda.items[index];
  const canWalk = access.canEdit(meetings);
  if (!item) return <Text>{t('meeting.agenda.empty')}</Text>;

  const go = (to: number) => {
    const next = agenda.items[to];
    if (!next) return;
    followed.moving(next.id);
    writes.goTo(next);
    setAnnouncement(t('meeting.walk.position', { position: to + 1, count: agenda.items.length, title: say(next.title) }));
  };
  const movedTo = movedOn && agenda.items[movedOn.index];

  return (
    <div className={styles.root}>
      {movedOn && movedTo && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {movedOn.by
              ? t('meeting.walk.movedBy', { name: movedOn.by, position: movedOn.index + 1, title: say(movedTo.title) })
              : t('meeting.walk.moved', { position: movedOn.index + 1, title: say(movedTo.title) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={followed.follow}>{t('meeting.walk.follow')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <section className={styles.current} aria-labelledby="current-item-title">
        <Text size={200} className={styles.position}>
          {t('meeting.walk.itemOf', { position: index + 1, count: agenda.items.length })}
        </Text>
        <h2 id="current-item-title" className={styles.title} ref={heading} tabIndex={-1}>
          {say(item.title)}
        </h2>
        <Text size={200}>{say(item.reason)}</Text>
        <AgendaItemMeta item={item} />
      </section>
      {canWalk && (
        <nav className={styles.nav} aria-label={t('meeting.walk.navLabel')}>
          <Button icon={<ChevronLeftRegular />} disabled={index === 0} onClick={() => go(index - 1)}>
            {t('meeting.walk.previous')}
          </Button>
          <Button appearance="primary" icon={<ChevronRightRegular />} iconPosition="after" disabled={index === agenda.items.length - 1} onClick={() => go(index + 1)}>
            {t('meeting.walk.next')}
          </Button>
        </nav>
      )}
      <Announcement text={announcement} />
      <div ref={recorder}>
        <ItemRecorder item={item} writes={writes} />
      </div>
      <section aria-labelledby="recorded-here">
        <SectionHeading id="recorded-here">{t('meeting.feed.heading')}</SectionHeading>
        <MeetingFeed entries={meetingFeed(plan, meeting.key)} label={t('meeting.feed.heading')} />
      </section>
      <section aria-labelledby="whole-agenda">
        <SectionHeading id="whole-agenda">{t('meeting.walk.wholeAgenda')}</SectionHeading>
        <AgendaList items={agenda.items} label={t('meeting.agenda.listLabel')} current={followed.meetingIndex} onChoose={canWalk ? go : undefined} />
      </section>
    </div>
  );
}
