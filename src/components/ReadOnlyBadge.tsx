import { Badge, Tooltip } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useFullMessages } from '../i18n/use-full-messages';

/** Marks a section the signed-in user can read but not change, with the reason on hover/focus. */
export function ReadOnlyBadge({ reason }: { reason: string }) {
  const t = useFullMessages();
  return (
    <Tooltip content={reason} relationship="description">
      <Badge appearance="tint" color="informative" icon={<LockClosedRegular />} tabIndex={0}>
        {t('access.readOnly')}
      </Badge>
    </Tooltip>
  );
}
