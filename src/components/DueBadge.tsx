import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { ClockRegular, WarningRegular } from '@fluentui/react-icons';
import { dueStateOf, type DueState, type FieldDef, type IsoDate, type Row } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import { FieldValueText } from './FieldValueText';

const useStyles = makeStyles({
  due: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
});

/**
 * "Overdue" or "Due soon" beside an action's due date: an icon and a word as well as a colour, so
 * that it reads in high contrast and to screen readers alike.
 */
export function DueBadge({ state }: { state: DueState }) {
  const t = useFullMessages();
  if (!state) return null;
  return state === 'overdue' ? (
    <Badge appearance="tint" color="danger" icon={<WarningRegular />}>
      {t('grid.overdue')}
    </Badge>
  ) : (
    <Badge appearance="tint" color="warning" icon={<ClockRegular />}>
      {t('grid.dueSoon')}
    </Badge>
  );
}

/** An action's due date as a grid cell shows it: the day, then how it stands as of `today`. */
export function ActionDueCell({ field, action, today }: { field: FieldDef; action: Pick<Row<'actions'>, 'values'>; today: IsoDate }) {
  const styles = useStyles();
  return (
    <span className={styles.due}>
      <FieldValueText field={field} value={action.values.DueDate} />
      <DueBadge state={dueStateOf(action, today)} />
    </span>
  );
}
