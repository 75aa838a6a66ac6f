import { Badge } from '@fluentui/react-components';
import { useMessages } from '../i18n';

const COLOURS = { High: 'danger', Medium: 'warning', Low: 'informative' } as const;

/** A High/Medium/Low priority as a coloured badge (with its word, never colour alone). */
export function PriorityBadge({ priority }: { priority: string | null | undefined }) {
  const t = useMessages();
  if (!priority) return <Badge appearance="outline" color="informative">{t('priority.notSet')}</Badge>;
  const colour = COLOURS[priority as keyof typeof COLOURS] ?? 'informative';
  return (
    <Badge appearance="tint" color={colour}>
      {t.schema(priority)}
    </Badge>
  );
}
