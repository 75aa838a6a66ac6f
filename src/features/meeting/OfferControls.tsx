import { Button, Text } from '@fluentui/react-components';
import { CheckmarkRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { offerColumnsOf, type RowRef } from '../../agenda';
import { findRow } from '../../plan/plan-rows';
import { textOf } from '../../plan/read-values';
import { Announcement } from '../../components/Announcement';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan } from '../../lib/plan-context';
import { HeldInput } from './HeldInput';
import { rowRefLabel } from './meeting-rows';
import { useRowCardStyles } from './row-card-styles';
import { SaveState } from './SaveState';
import { useFieldErrors } from './use-field-errors';
import type { MeetingWrites } from './use-meeting-writes';


/**
 * An offer on the agenda, dealt with in the call: confirmed, given a new date (saved when the
 * person is done with the field), or dropped from the plan after a second press. Each goes
 * through the same outbox as everything else the meeting records.
 */
export function OfferControls({ offer, writes }: { offer: RowRef; writes: Pick<MeetingWrites, 'confirmOffer' | 'redateOffer' | 'dropOffer'> }) {
  const t = useFullMessages();
  const styles = useRowCardStyles();
  const { plan, saving } = useCurrentPlan();
  const { errors, attempt } = useFieldErrors();
  const [asking, setAsking] = useState(false);
  const [dropped, setDropped] = useState<string>();
  const dropButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  // The question replaces the Drop button and back: focus goes with it, never to the page.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (asking ? keepButton : dropButton).current?.focus();
  }, [asking]);
  const ask = (question: boolean) => {
    moved.current = true;
    setAsking(question);
  };
  const row = findRow(plan, offer.section, offer.key);
  const columns = offerColumnsOf(offer.section);
  if (!columns) return null;
  if (!row) return <Announcement text={dropped} />;
  const title = rowRefLabel(plan, offer);
  const confirmed = textOf(row.values[columns.confirmed]) === 'Yes';

  const drop = () => {
    setDropped(t('meeting.offer.dropped', { title }));
    writes.dropOffer(offer);
  };

  return (
    <div className={styles.root} role="group" aria-label={t('meeting.offer.group', { title })}>
      <div className={styles.head}>
        <Text weight="semibold">{title}</Text>
        <SaveState saving={saving.has(offer.key)} />
      </div>
      <HeldInput
        label={t('meeting.offer.date')}
        type="date"
        stored={textOf(row.values[columns.from]) ?? ''}
        changedBy={row.modifiedBy}
        error={errors[columns.from]}
        onSave={(date) => attempt(() => writes.redateOffer(offer, date))}
      />
      {asking ? (
        <div className={styles.buttons} role="group" aria-label={t('meeting.offer.dropQuestion', { title })}>
          <Text>{t('meeting.offer.dropQuestion', { title })}</Text>
          <Button appearance="primary" onClick={drop}>
            {t('meeting.offer.dropYes')}
          </Button>
          <Button ref={keepButton} onClick={() => ask(false)}>
            {t('meeting.offer.dropNo')}
          </Button>
        </div>
      ) : (
        <div className={styles.buttons}>
          {/* Stays in place once confirmed (focus with it), so the keyboard is not thrown to the page. */}
          <Button
            icon={<CheckmarkRegular />}
            aria-label={t('meeting.offer.confirmFor', { title })}
            disabledFocusable={confirmed}
            onClick={() => !confirmed && writes.confirmOffer(offer)}
          >
            {confirmed ? t('meeting.offer.confirmed') : t('meeting.offer.confirm')}
          </Button>
          <Button ref={dropButton} icon={<DeleteRegular />} aria-label={t('meeting.offer.dropFor', { title })} onClick={() => ask(true)}>
            {t('meeting.offer.drop')}
          </Button>
        </div>
      )}
    </div>
  );
}
