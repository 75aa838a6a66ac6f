import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FieldValueText } from '../../components/FieldValueText';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { FieldChange } from '../../plan/field-changes';

const useStyles = makeStyles({
  table: { marginBlock: tokens.spacingVerticalXS, maxWidth: '100%' },
  // Long notes wrap inside their cell rather than push the table past a narrow screen.
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  before: { color: tokens.colorNeutralForeground2 },
});

/** One row's changed fields: the field, its value when signed and its value now. */
export function FieldChangesTable({ changes, caption }: { changes: readonly FieldChange[]; caption: string }) {
  const t = useFullMessages();
  const styles = useStyles();
  if (changes.length === 0) return null;
  return (
    <Table size="extra-small" className={styles.table} aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('signOff.col.field')}</TableHeaderCell>
          <TableHeaderCell>{t('signOff.col.signed')}</TableHeaderCell>
          <TableHeaderCell>{t('signOff.col.now')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map(({ field, before, after }) => (
          <TableRow key={field.name}>
            <TableCell className={styles.cell}>{t.schema(field.label)}</TableCell>
            <TableCell className={mergeClasses(styles.cell, styles.before)}>
              <FieldValueText field={field} value={before} />
            </TableCell>
            <TableCell className={styles.cell}>
              <FieldValueText field={field} value={after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
