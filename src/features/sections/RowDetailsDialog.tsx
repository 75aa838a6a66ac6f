import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AnyRow, SectionDef } from '../../plan';
import { FieldValueText } from '../../components/FieldValueText';
import { useFirstActionFocus } from '../../components/use-first-action-focus';
import { useFullMessages } from '../../i18n/use-full-messages';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'minmax(8rem, 14rem) 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** Every field of a row, read-only: how people who cannot edit a section see a whole row. */
export function RowDetailsDialog({
  section,
  row,
  title,
  open,
  onClose,
}: {
  section: SectionDef;
  row: AnyRow;
  title: string;
  open: boolean;
  onClose(): void;
}) {
  const t = useFullMessages();
  const surfaceRef = useFirstActionFocus(open);
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface ref={surfaceRef}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <dl className={styles.list}>
              {section.fields.map((field) => (
                <div key={field.name} className={styles.pair}>
                  <dt className={styles.term}>{t.schema(field.label)}</dt>
                  <dd className={styles.value}>
                    <FieldValueText field={field} value={row.values[field.name]} />
                  </dd>
                </div>
              ))}
            </dl>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{t('action.close')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
