import { makeStyles, tokens } from '@fluentui/react-components';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { RollupTotals as Totals } from './rollup-rows';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  figure: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The headline figures across the councils shown, as a description list. */
export function RollupTotals({ totals }: { totals: Totals }) {
  const t = useFullMessages();
  const styles = useStyles();
  const tiles = [
    { label: t('manager.totals.plans'), value: totals.plans, note: t('manager.totals.signed', { signed: totals.signed }) },
    { label: t('manager.col.open'), value: totals.openActions },
    { label: t('manager.col.overdue'), value: totals.overdueActions },
    { label: t('manager.col.concerns'), value: totals.unresolvedConcerns },
  ];
  return (
    <dl className={styles.list} aria-label={t('manager.totals')}>
      {tiles.map((tile) => (
        <div key={tile.label} className={styles.tile}>
          <dt className={styles.label}>{tile.label}</dt>
          <dd className={styles.figure}>{tile.value}</dd>
          {tile.note && <dd className={styles.note}>{tile.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
