import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
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
import type { SectionDef } from '../plan';
import { useMessages } from '../i18n';
import type { PendingConflict } from '../lib/plan-session';
import { changedFields } from '../lib/plan-rows';
import { FieldValueText } from './FieldValueText';

const useStyles = makeStyles({
  surface: { maxWidth: '720px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/**
 * Someone else saved the row first: shows, field by field, what this user entered and what is
 * stored now, and lets them keep theirs (save over) or take the stored version.
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
  onResolve(choice: 'mine' | 'theirs'): void;
}) {
  const t = useMessages();
  const styles = useStyles();
  const { theirs, base, changes } = conflict;
  const names = new Set([...Object.keys(changes), ...(theirs ? changedFields(base.values, theirs.values) : [])]);
  const fields = section.fields.filter((f) => names.has(f.name));
  const deleted = theirs === undefined;
  const mineLabel = conflict.kind === 'delete' ? t('conflict.deleteAnyway') : t('conflict.keepMine');

  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('conflict.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{deleted ? t('conflict.deletedByOthers', { section: section.title }) : t('conflict.intro', { section: section.title })}</Text>
            {!deleted && fields.length > 0 && (
              <Table aria-label={t('conflict.tableLabel')} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('conflict.field')}</TableHeaderCell>
                    <TableHeaderCell>{t('conflict.yours')}</TableHeaderCell>
                    <TableHeaderCell>{t('conflict.theirs')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {fields.map((field) => (
                    <TableRow key={field.name}>
                      <TableCell>{field.label}</TableCell>
                      <TableCell>
                        <FieldValueText field={field} value={field.name in changes ? changes[field.name] : base.values[field.name]} />
                      </TableCell>
                      <TableCell>
                        <FieldValueText field={field} value={theirs.values[field.name]} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </DialogContent>
          <DialogActions>
            {deleted ? (
              <Button appearance="primary" onClick={() => onResolve('theirs')}>
                {t('action.ok')}
              </Button>
            ) : (
              <>
                <Button appearance="secondary" onClick={() => onResolve('theirs')}>
                  {t('conflict.takeTheirs')}
                </Button>
                <Button appearance="primary" onClick={() => onResolve('mine')}>
                  {mineLabel}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
