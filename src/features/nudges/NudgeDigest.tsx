import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useFullMessages } from '../../i18n/use-full-messages';
import { surfaceUrl } from '../../lib/links';
import { useDigest, type DigestNudge } from '../../lib/nudges-context';
import { pathFor } from '../../lib/routes';
import type { SectionId } from '../../plan';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  item: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
});

/** Where a nudge opens: the row it is about, or the plan's sign-off for a request to sign. */
function nudgeHref(n: DigestNudge): string {
  const path = n.section === 'plan' ? pathFor('signOff', { planId: n.planId }) : pathFor('section', { planId: n.planId, sectionId: n.section as SectionId }, { row: n.rowKey });
  return surfaceUrl('tab', { plan: n.planId }, path);
}

/**
 * The nudges Teams could not deliver to this person (it does not reach people in another
 * organisation's tenant), shown when they open the app until they dismiss them (all, or one, or
 * by following one's link to its row), on whichever device they do it.
 */
export function NudgeDigest() {
  const t = useFullMessages();
  const styles = useStyles();
  const { digest, dismiss } = useDigest();
  // Dismissing removes the button that had focus: focus moves to "dismiss all" while the banner
  // stays, else to the page's main content (the skip link's target), never to the page's body.
  const dismissAll = useRef<HTMLButtonElement>(null);
  if (digest.length === 0) return null;
  const dismissAndMoveOn = (ids: readonly string[]) => {
    const emptied = digest.every((n) => ids.includes(n.id));
    dismiss(ids);
    if (emptied) document.getElementById('main')?.focus();
    else dismissAll.current?.focus();
  };
  const textOf = (n: DigestNudge) => t(`nudges.digest.${n.kind}`, { actor: n.by.displayName || n.by.email, about: n.about });
  return (
    <MessageBar intent="info" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{t.plural('nudges.digest.title', digest.length)}</MessageBarTitle>
        <ul className={styles.list}>
          {digest.map((n) => (
            <li key={n.id}>
              <span className={styles.item}>
                <Link href={nudgeHref(n)} onClick={() => dismiss([n.id])}>
                  {textOf(n)}
                </Link>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={t('nudges.digest.dismissOne', { text: textOf(n) })}
                  onClick={() => dismissAndMoveOn([n.id])}
                />
              </span>
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button ref={dismissAll} appearance="transparent" icon={<DismissRegular />} aria-label={t('nudges.digest.dismiss')} onClick={() => dismissAndMoveOn(digest.map((n) => n.id))} />}
      />
    </MessageBar>
  );
}
