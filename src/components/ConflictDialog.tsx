import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { fieldOf, type SectionDef } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import { canKeepBoth, resolutionFor, type FieldPick } from '../plan/conflict-merge';
import type { ConflictChoice, PendingConflict } from '../lib/plan-session';
import { FieldValueText } from './FieldValueText';
import { useFirstActionFocus } from './use-first-action-focus';

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

const useStyles = makeStyles({
  surface: { maxWidth: '860px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  same: { color: tokens.colorNeutralForeground3 },
});

/**
 * Someone else saved the row first: shows, field by field, what this person entered and what is
 * stored now. They keep theirs, take the saved version, or pick per field and save the merge.
 * Nothing is overwritten until they choose.
 */
export function ConflictDialog({
  conflict,
  section,
  open,
  onResolve,
}: {
  conflict: PendingConflict;
  section: SectionDef;
  open: boolean;
  onResolve(choice: ConflictChoice): void;
}) {
  const t = useFullMessages();
  const styles = useStyles();
  const [picks, setPicks] = useState<Record<string, FieldPick>>({});
  const [merging, setMerging] = useState(false);
  // One dialog serves conflict after conflict (remounting it would break focus trapping).
  useEffect(() => {
    setPicks({});
    setMerging(false);
  }, [conflict.changeId]);
  // A conflict can open while the form that caused it is still closing: start on the first choice.
  const surfaceRef = useFirstActionFocus(open, conflict.changeId);
  const { theirs, fields } = conflict;
  const deleted = theirs === undefined;
  const differing = fields.filter((f) => f.differs);
  const merged = resolutionFor(fields, picks);
  const mixed = typeof merged !== 'string';

  const changedBy = (row: NonNullable<typeof theirs>) => {
    const at = new Date(row.modified);
    const when = { time: TIME.format(at), date: DAY.format(at) };
    return row.modifiedBy ? t('conflict.changedBy', { name: row.modifiedBy, ...when }) : t('conflict.changedAt', when);
  };
  const intro = deleted
    ? t('conflict.deletedByOthers', { section: section.title })
    : conflict.kind === 'delete'
      ? t('conflict.changedBeforeDelete', { section: section.title })
      : t('conflict.intro', { section: section.title });

  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface className={styles.surface} ref={surfaceRef}>
        <DialogBody>
          <DialogTitle>{t('conflict.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{intro}</Text>
            {theirs && <Text>{changedBy(theirs)}</Text>}
            {!deleted && fields.length > 0 && (
              <Table aria-label={t('conflict.tableLabel')} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('conflict.field')}</TableHeaderCell>
                    <TableHeaderCell>{t('conflict.yours')}</TableHeaderCell>
                    <TableHeaderCell>{t('conflict.theirs')}</TableHeaderCell>
                    {merging && <TableHeaderCell>{t('conflict.keep')}</TableHeaderCell>}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {fields.map((diff) => {
                    const field = fieldOf(section, diff.field);
                    if (!field) return null;
                    return (
                      <TableRow key={diff.field}>
                        <TableCell>{diff.label}</TableCell>
                        <TableCell>
                          <FieldValueText field={field} value={diff.mine} />
                        </TableCell>
                        <TableCell>
                          <FieldValueText field={field} value={diff.theirs} />
                        </TableCell>
                        {merging && (
                        <TableCell>
                          {diff.differs ? (
                            <Select
                              aria-label={t('conflict.keepField', { field: diff.label })}
                              value={picks[diff.field] ?? 'mine'}
                              onChange={(_, data) => setPicks((p) => ({ ...p, [diff.field]: data.value as FieldPick }))}
                            >
                              <option value="mine">{t('conflict.pickMine')}</option>
                              <option value="theirs">{t('conflict.pickTheirs')}</option>
                              {canKeepBoth(field) && <option value="both">{t('conflict.pickBoth')}</option>}
                            </Select>
                          ) : (
                            <Text className={styles.same}>{t('conflict.same')}</Text>
                          )}
                        </TableCell>
                        )}
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
            {merging && <Text size={200}>{t('conflict.mergeHint')}</Text>}
          </DialogContent>
          <DialogActions>
            {deleted ? (
              <Button appearance="primary" onClick={() => onResolve('theirs')}>
                {t('action.ok')}
              </Button>
            ) : (
              <>
                <Button appearance="secondary" onClick={() => onResolve('theirs')}>
                  {conflict.kind === 'delete' ? t('conflict.keepRow') : t('conflict.takeTheirs')}
                </Button>
                <Button appearance={mixed ? 'secondary' : 'primary'} onClick={() => onResolve('mine')}>
                  {conflict.kind === 'delete' ? t('conflict.deleteAnyway') : t('conflict.keepMine')}
                </Button>
                {!merging && conflict.kind === 'update' && differing.length > 0 && (
                  <Button appearance="secondary" onClick={() => setMerging(true)}>
                    {t('conflict.merge')}
                  </Button>
                )}
                {merging && (
                  <Button appearance="primary" disabled={!mixed} onClick={() => typeof merged !== 'string' && onResolve(merged)}>
                    {t('conflict.saveMerged')}
                  </Button>
                )}
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
