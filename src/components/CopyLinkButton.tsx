import { Button, Tooltip } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import { useMessages } from '../i18n';
import { Announcement } from './Announcement';
import { useShareLink } from './use-share-link';

/** A button that shares a deep link to the view on screen. */
export function CopyLinkButton({ planId, route, label }: { planId: string; route: string; label: string }) {
  const t = useMessages();
  const { share, status } = useShareLink(planId);
  return (
    <>
      <Tooltip content={t('link.copy')} relationship="label">
        <Button appearance="subtle" icon={<LinkRegular />} onClick={() => void share(route, label)} />
      </Tooltip>
      <Announcement text={status} />
    </>
  );
}
