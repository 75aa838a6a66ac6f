import { makeStyles, tokens } from '@fluentui/react-components';
import { isIsoDate, parsePerson, type FieldDef, type FieldValue } from '../plan';
import { dayText, useMessages } from '../i18n';
import { useOptionalPlan } from '../lib/plan-context';
import { meetingLabel } from './meeting-choices';
import { SafeLink } from './SafeLink';
import { VisuallyHidden } from './VisuallyHidden';

const useStyles = makeStyles({
  empty: { color: tokens.colorNeutralForeground3 },
  note: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** A stored value as text for reading: dates in British form, yes/no in words, links only if safe. */
export function FieldValueText({ field, value }: { field: FieldDef; value: FieldValue | undefined }) {
  const t = useMessages();
  const styles = useStyles();
  const loaded = useOptionalPlan();
  if (value === null || value === undefined || value === '') {
    return (
      <span className={styles.empty}>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{t('field.empty')}</VisuallyHidden>
      </span>
    );
  }
  if (field.refersTo === 'meetings') {
    const meeting = loaded?.plan.sections.meetings.find((m) => m.key === value);
    return <>{meeting ? meetingLabel(meeting, t) : t('meeting.notInPlan', { key: String(value) })}</>;
  }
  switch (field.kind) {
    case 'boolean':
      return <>{value ? t('field.yes') : t('field.no')}</>;
    case 'date':
      return <>{typeof value === 'string' && isIsoDate(value) ? dayText(t, value) : String(value)}</>;
    case 'url':
      return <SafeLink href={String(value)} />;
    case 'email':
      return <SafeLink href={`mailto:${String(value)}`}>{String(value)}</SafeLink>;
    case 'person': {
      const person = parsePerson(String(value));
      // The name is what people read; the email stays one hover (or one focus) away.
      return person.email ? (
        <SafeLink href={`mailto:${person.email}`} title={person.email}>
          {person.name}
        </SafeLink>
      ) : (
        <>{person.name}</>
      );
    }
    case 'choice':
      return <>{t.schema(String(value))}</>;
    case 'note':
      return <span className={styles.note}>{String(value)}</span>;
    default:
      return <>{String(value)}</>;
  }
}
