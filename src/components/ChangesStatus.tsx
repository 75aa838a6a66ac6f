import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { sectionById } from '../plan';
import { changeFailureText, problemText, useMessages, type CoreTranslate, type MessageKey } from '../i18n';
import { useCurrentPlan } from '../lib/plan-context';
import type { ChangeReason, PlanChange } from '../lib/plan-changes';
import { useEffect, useRef, useState } from 'react';
import { ProblemWords } from './ProblemWords';
import { useFirstActionFocus } from './use-first-action-focus';

const useStyles = makeStyles({
  status: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  surface: { maxWidth: '420px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, maxHeight: '50vh', overflowY: 'auto' },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  failed: { color: tokens.colorPaletteRedForeground1 },
  itemActions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

const WHAT = { create: 'changes.added', update: 'changes.changed', delete: 'changes.removed' } as const satisfies Record<PlanChange['kind'], MessageKey>;
const STATE = {
  waiting: 'changes.state.waiting',
  sending: 'changes.state.sending',
  saved: 'changes.state.saved',
  failed: 'changes.state.failed',
  conflict: 'changes.state.conflict',
} as const satisfies Record<PlanChange['state'], MessageKey>;

function reasonText(t: CoreTranslate, reason: ChangeReason) {
  return 'failed' in reason ? changeFailureText(t, reason.failed) : problemText(t, reason.retrying);
}

/**
 * Where this person's changes are: all saved, how many are waiting for SharePoint, and any that
 * failed or need a choice. Opens a list of them, each with its state, the reason and "Discard".
 * Nothing is called saved before storage confirmed it.
 */
export function ChangesStatus() {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  const surfaceRef = useFirstActionFocus(open, undefined, 'button');
  const styles = useStyles();
  const { changes, waiting, discardChange, retryNow } = useCurrentPlan();
  const failed = changes.filter((c) => c.state === 'failed').length;
  const conflicts = changes.filter((c) => c.state === 'conflict').length;
  // The list goes when its last change is saved, without Fluent hearing of it: closed here, or the
  // next change to wait would open it by itself and put the keyboard on its "Discard", where the
  // Enter that saved a field would throw that change away.
  // Focus that was in the list stays with the status ("All changes saved"), not the page's body.
  const savedRef = useRef<HTMLSpanElement>(null);
  const focusSaved = useRef(false);
  if (open && changes.length === 0) {
    focusSaved.current = surfaceRef.current?.contains(document.activeElement) ?? false;
    setOpen(false);
  }
  useEffect(() => {
    if (changes.length > 0 || !focusSaved.current) return;
    focusSaved.current = false;
    savedRef.current?.focus();
  }, [changes.length]);

  if (changes.length === 0) {
    return (
      <span role="status" className={styles.status} ref={savedRef} tabIndex={-1}>
        <CheckmarkCircleRegular aria-hidden />
        <Text size={200}>{t('changes.allSaved')}</Text>
      </span>
    );
  }
  const summary = [
    waiting > 0 && (waiting === 1 ? t('changes.waitingOne') : t('changes.waitingMany', { n: waiting })),
    conflicts > 0 && (conflicts === 1 ? t('changes.conflictOne') : t('changes.conflictMany', { n: conflicts })),
    failed > 0 && (failed === 1 ? t('changes.failedOne') : t('changes.failedMany', { n: failed })),
  ]
    .filter(Boolean)
    .join(', ');
  const icon = failed > 0 ? <ErrorCircleRegular aria-hidden /> : conflicts > 0 ? <WarningRegular aria-hidden /> : <Spinner size="extra-tiny" />;

  return (
    <span role="status">
      <Popover withArrow trapFocus open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <PopoverTrigger disableButtonEnhancement>
          <Button appearance="subtle" size="small" icon={icon} className={failed > 0 ? styles.failed : undefined}>
            {summary}
          </Button>
        </PopoverTrigger>
        <PopoverSurface ref={surfaceRef} className={styles.surface} aria-label={t('changes.listLabel')}>
          <Text weight="semibold">{t('changes.listLabel')}</Text>
          <Text size={200}>{t('changes.kept')}</Text>
          <ul className={styles.list}>
            {changes.map((change) => (
              <li key={change.id} className={styles.item}>
                <Text>
                  {t(WHAT[change.kind], { section: t.schema(sectionById(change.section).title) })}
                  {change.label && `: ${change.label}`}
                </Text>
                <Text size={200} className={change.state === 'failed' ? styles.failed : undefined}>
                  {t(STATE[change.state])}
                  {change.reason && (
                    <>
                      {' — '}
                      <ProblemWords text={reasonText(t, change.reason)} />
                    </>
                  )}
                </Text>
                {change.state !== 'sending' && (
                  <div className={styles.itemActions}>
                    <Button size="small" onClick={() => void discardChange(change.id)}>
                      {change.state === 'failed' ? t('changes.dismiss') : t('changes.discard')}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {waiting > 0 && (
            <Button appearance="primary" size="small" onClick={retryNow}>
              {t('changes.tryNow')}
            </Button>
          )}
        </PopoverSurface>
      </Popover>
    </span>
  );
}
