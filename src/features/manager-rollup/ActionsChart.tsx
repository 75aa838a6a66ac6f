import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { RollupRow } from './rollup-rows';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  caption: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  legend: { display: 'flex', columnGap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyle: 'none' },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  svg: { width: '100%', height: 'auto', maxWidth: '760px' },
  open: { fill: tokens.colorBrandBackground },
  overdue: { fill: tokens.colorPaletteRedBackground3 },
  // Stripes mark overdue bars by more than their colour.
  stripe: { stroke: tokens.colorNeutralBackground1, strokeWidth: 2 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '13px', fontFamily: tokens.fontFamilyBase },
  value: { fill: tokens.colorNeutralForeground2, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  table: { borderCollapse: 'collapse', '& th, & td': { textAlign: 'left', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` } },
  number: { textAlign: 'right' },
});

const WIDTH = 760;
const LABEL_WIDTH = 250;
const VALUE_SPACE = 40;
const BAR = 14;
const GROUP = BAR * 2 + 18;
const LONGEST_LABEL = 34;

const shortened = (name: string) => (name.length > LONGEST_LABEL ? `${name.slice(0, LONGEST_LABEL - 1)}…` : name);

/** A swatch in the legend, drawn like the bars it stands for: a filled class, or the stripes. */
function Swatch({ className, pattern }: { className?: string; pattern?: string }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false">
      <rect width="14" height="14" className={className} fill={pattern && `url(#${pattern})`} />
    </svg>
  );
}

/**
 * Open against overdue actions, one pair of bars per council, drawn with Fluent tokens so it
 * follows the Teams theme. Screen readers get the figures as the image's description, and
 * everyone can open them as a table.
 */
export function ActionsChart({ rows }: { rows: readonly RollupRow[] }) {
  const t = useFullMessages();
  const styles = useStyles();
  const id = useId().replace(/:/g, '');
  const stripes = `${id}-stripes`;
  const largest = Math.max(1, ...rows.map((r) => r.openActions));
  const scale = (count: number) => (count / largest) * (WIDTH - LABEL_WIDTH - VALUE_SPACE);
  const height = rows.length * GROUP + 8;
  const description = rows
    .map((r) => t('manager.chart.bar', { council: r.council, open: r.openActions, overdue: r.overdueActions }))
    .join('; ');
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        {t('manager.chart.title')}
      </figcaption>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.legendItem}>
          <Swatch className={styles.open} />
          {t('manager.chart.open')}
        </li>
        <li className={styles.legendItem}>
          <Swatch pattern={stripes} />
          {t('manager.chart.overdue')}
        </li>
      </ul>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{t('manager.chart.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={stripes} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className={styles.overdue} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.stripe} />
          </pattern>
        </defs>
        <line x1={LABEL_WIDTH} y1="0" x2={LABEL_WIDTH} y2={height} className={styles.axis} />
        {rows.map((row, i) => {
          const top = i * GROUP + 4;
          return (
            <g key={row.planId}>
              <text x={LABEL_WIDTH - 8} y={top + BAR + 4} textAnchor="end" className={styles.label}>
                {shortened(row.council)}
              </text>
              <rect x={LABEL_WIDTH} y={top} width={scale(row.openActions)} height={BAR} className={styles.open} />
              <text x={LABEL_WIDTH + scale(row.openActions) + 6} y={top + BAR - 3} className={styles.value}>
                {row.openActions}
              </text>
              <rect x={LABEL_WIDTH} y={top + BAR + 2} width={scale(row.overdueActions)} height={BAR} fill={`url(#${stripes})`} />
              <text x={LABEL_WIDTH + scale(row.overdueActions) + 6} y={top + 2 * BAR - 1} className={styles.value}>
                {row.overdueActions}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('manager.chart.table')}</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('manager.col.council')}</th>
              <th scope="col">{t('manager.chart.open')}</th>
              <th scope="col">{t('manager.chart.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.planId}>
                <th scope="row">{row.council}</th>
                <td className={styles.number}>{row.openActions}</td>
                <td className={styles.number}>{row.overdueActions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
