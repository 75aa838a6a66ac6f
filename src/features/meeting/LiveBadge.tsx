import { Badge } from '@fluentui/react-components';
import type { LiveStatus } from '../../lib/live';
import { useFullMessages } from '../../i18n/use-full-messages';

const COLOURS = { connecting: 'informative', live: 'success', retrying: 'warning', offline: 'subtle' } as const;

/** Whether the page is following the meeting: up to date, connecting, trying again after a failure, or offline. */
export function LiveBadge({ status, className }: { status: LiveStatus; className?: string }) {
  const t = useFullMessages();
  if (status === 'stopped') return null;
  return (
    <Badge appearance="tint" className={className} color={COLOURS[status]} data-live-status={status}>
      {t(`meeting.live.${status}`)}
    </Badge>
  );
}
