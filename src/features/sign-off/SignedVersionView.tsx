import { SignedVersionError } from '../../plan/signed-version';
import { SignedVersionProblem } from './SignedVersionProblem';
import {
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { sectionById, type SectionId } from '../../plan';
import { FieldValueText } from '../../components/FieldValueText';
import { dayText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan } from '../../lib/plan-context';
import { gridFields } from '../../lib/plan-pages';
import { readSnapshot } from '../../lib/signed-state';
import { PageTitle } from '../../components/PageTitle';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  subTitle: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, overflowX: 'auto' },
  list: { display: 'grid', gridTemplateColumns: 'minmax(8rem, 16rem) 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  pair: { display: 'contents' },
  value: { margin: 0 },
});

/** The plan exactly as it was signed, read-only. */
export function SignedVersionView({ snapshotKey }: { snapshotKey: string }) {
  const t = useFullMessages();
  const styles = useStyles();
  const { plan } = useCurrentPlan();
  const result = useMemo(() => {
    try {
      return { snapshot: readSnapshot(plan, snapshotKey) };
    } catch (error) {
      if (error instanceof SignedVersionError) return { error };
      throw error;
    }
  }, [plan, snapshotKey]);

  if (!result.snapshot) return <SignedVersionProblem error={result.error} />;
  const { snapshot } = result;
  const header = sectionById('plan');
  return (
    <div className={styles.page}>
      <PageTitle>{t('signedVersion.title', { date: dayText(t, snapshot.takenAt.slice(0, 10)) })}</PageTitle>
      <section className={styles.section} aria-labelledby="signed-header">
        <h2 id="signed-header" className={styles.subTitle}>
          {t('details.heading')}
        </h2>
        <dl className={styles.list}>
          {header.fields
            .filter((f) => f.name in snapshot.header)
            .map((field) => (
              <div key={field.name} className={styles.pair}>
                <dt>{t.schema(field.label)}</dt>
                <dd className={styles.value}>
                  <FieldValueText field={field} value={snapshot.header[field.name]} />
                </dd>
              </div>
            ))}
        </dl>
      </section>
      {Object.entries(snapshot.sections)
        .filter(([, rows]) => rows.length > 0)
        .map(([id, rows]) => {
          const section = sectionById(id as SectionId);
          const fields = gridFields(section);
          return (
            <section key={id} className={styles.section} aria-labelledby={`signed-${id}`}>
              <h2 id={`signed-${id}`} className={styles.subTitle}>
                {t.schema(section.title)}
              </h2>
              <Table size="small" aria-labelledby={`signed-${id}`}>
                <TableHeader>
                  <TableRow>
                    {fields.map((field) => (
                      <TableHeaderCell key={field.name}>{t.schema(field.label)}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.key}>
                      {fields.map((field) => (
                        <TableCell key={field.name}>
                          <FieldValueText field={field} value={row.values[field.name]} />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          );
        })}
    </div>
  );
}
