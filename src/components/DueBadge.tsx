import { Badge } from '@fluentui/react-components';
import { ClockRegular, WarningRegular } from '@fluentui/react-icons';
import type { DueState } from '../plan';
import { useMessages } from '../i18n';

/**
 * "Overdue" or "Due soon" beside an action's due date: an icon and a word as well as a colour, so
 * that it reads in high contrast and to screen readers alike.
 */
export function DueBadge({ state }: { state: DueState }) {
  const t = useMessages();
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
