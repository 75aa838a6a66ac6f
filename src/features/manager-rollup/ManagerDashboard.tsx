import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  SearchBox,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { ErrorWords } from '../../components/ProblemWords';
import { dayText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { IsoDate } from '../../plan';
import { ActionsChart } from './ActionsChart';
import { ROLLUP_SHOWS, filterRollup, type RollupShow } from './rollup-filter';
import { rollupTotals, type RollupRow } from './rollup-rows';
import { RollupGrid } from './RollupGrid';
import { RollupTotals } from './RollupTotals';
import { useRollup } from './use-rollup';
import { useRollupExport } from './use-rollup-export';
import { PageTitle } from '../../components/PageTitle';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  muted: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  search: { minWidth: '240px' },
  exportButton: { marginInlineStart: 'auto' },
});

/** The figures, the chart and the grid for the plans the filters keep; the export takes the same plans. */
function Rollup({ rows, today }: { rows: readonly RollupRow[]; today: IsoDate }) {
  const t = useFullMessages();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [show, setShow] = useState<RollupShow>('all');
  const shown = useMemo(() => filterRollup(rows, text, show), [rows, text, show]);
  const { state: exported, exportRows } = useRollupExport(shown, today);
  return (
    <>
      <RollupTotals totals={rollupTotals(shown)} />
      <div className={styles.toolbar}>
        <Field label={t('manager.search')} className={styles.search}>
          <SearchBox value={text} onChange={(_, data) => setText(data.value)} />
        </Field>
        <Field label={t('manager.show')}>
          <Dropdown
            value={t(`manager.show.${show}`)}
            selectedOptions={[show]}
            onOptionSelect={(_, data) => setShow((data.optionValue as RollupShow | undefined) ?? 'all')}
          >
            {ROLLUP_SHOWS.map((option) => (
              <Option key={option} value={option}>
                {t(`manager.show.${option}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          className={styles.exportButton}
          icon={exported.kind === 'busy' ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabled={exported.kind === 'busy' || shown.length === 0}
          onClick={() => void exportRows()}
        >
          {exported.kind === 'busy' ? t('manager.exporting') : t.plural('manager.export', shown.length)}
        </Button>
      </div>
      <div role="status">
        <Text className={styles.muted}>
          {t('manager.shown', { shown: shown.length, total: rows.length })}
          {exported.kind === 'done' && ` ${t('manager.exported', { file: exported.file })}`}
        </Text>
      </div>
      {exported.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('manager.exportFailed')}</MessageBarTitle>
            <ErrorWords error={exported.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {shown.length === 0 ? (
        <Text>{rows.length === 0 ? t('manager.empty') : t('manager.noMatch')}</Text>
      ) : (
        <>
          <ActionsChart rows={shown} />
          <RollupGrid rows={shown} />
        </>
      )}
    </>
  );
}

/** The managers' roll-up: every council's plan in the site at a glance, read only. */
export function ManagerDashboard() {
  const t = useFullMessages();
  const styles = useStyles();
  const state = useRollup();
  return (
    <div className={styles.page}>
      <div>
        <PageTitle>{t('manager.title')}</PageTitle>
        {state.status === 'ready' && <Text className={styles.muted}>{t('manager.intro', { date: dayText(t, state.today) })}</Text>}
      </div>
      {state.status === 'loading' && <Spinner label={t('manager.loading', { loaded: state.loaded, total: state.total })} />}
      {state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('manager.failed')}</MessageBarTitle>
            <ErrorWords error={state.error} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && <Rollup rows={state.rows} today={state.today} />}
    </div>
  );
}
