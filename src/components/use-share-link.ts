import { useCallback, useState } from 'react';
import { useMessages } from '../i18n';
import { surfaceUrl } from '../lib/links';
import { useHost } from '../teams';

/**
 * Shares a deep link to an in-app route: Teams' own share dialog inside Teams, the clipboard in
 * a browser. The Teams link's subPageId is the route, so it opens on the same view. `status` is
 * the outcome in words, for a live region.
 */
export function useShareLink(planId: string): { share(route: string, label: string): Promise<void>; status: string | undefined } {
  const t = useMessages();
  const host = useHost();
  const [status, setStatus] = useState<string>();
  const share = useCallback(
    async (route: string, label: string) => {
      try {
        const result = await host.actions.shareLink({ route, label, webUrl: surfaceUrl('tab', { plan: planId }, route) });
        setStatus(result === 'copied' ? t('link.copied') : undefined);
      } catch {
        setStatus(t('link.failed'));
      }
    },
    [host.actions, planId, t],
  );
  return { share, status };
}
