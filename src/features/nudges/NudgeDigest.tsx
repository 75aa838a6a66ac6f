import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMessages } from '../../i18n';
import { surfaceUrl } from '../../lib/links';
import { useDigest, type DigestNudge } from '../../lib/nudges-context';
import { pathFor } from '../../lib/routes';
import type { SectionId } from '../../plan';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Where a nudge opens: the row it is about, or the plan's sign-off for a request to sign. */
function nudgeHref(n: DigestNudge): string {
  const path = n.section === 'plan' ? pathFor('signOff', { planId: n.planId }) : pathFor('section', { planId: n.planId, sectionId: n.section as SectionId }, { row: n.rowKey });
  return surfaceUrl('tab', { plan: n.planId }, path);
}

/**
 * The nudges Teams could not deliver to this person (it does not reach people in another
 * organisation's tenant), shown once when they next open the app, each opening its row.
 */
export function NudgeDigest() {
  const t = useMessages();
  const styles = useStyles();
  const { digest, dismiss } = useDigest();
  if (digest.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{t.plural('nudges.digest.title', digest.length)}</MessageBarTitle>
        <ul className={styles.list}>
          {digest.map((n, i) => (
            <li key={`${n.kind}-${n.planId}-${n.rowKey}-${i}`}>
              <Link href={nudgeHref(n)}>{t(`nudges.digest.${n.kind}`, { actor: n.by.displayName || n.by.email, about: n.about })}</Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t('nudges.digest.dismiss')} onClick={dismiss} />} />
    </MessageBar>
  );
}
