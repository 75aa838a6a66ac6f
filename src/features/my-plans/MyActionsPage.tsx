import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { field, sectionById, planToday, type AnyRow, type FieldDef, type Row } from '../../plan';
import { ActionDueCell } from '../../components/DueBadge';
import { PageTitle } from '../../components/PageTitle';
import { SectionGrid } from '../../components/SectionGrid';
import { useFullMessages } from '../../i18n/use-full-messages';
import { LoadState } from './LoadState';
import { surfaceUrl } from '../../lib/links';
import { pathFor } from '../../lib/routes';
import { useMyActions, type MyAction } from './use-my-actions';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const actions = sectionById('actions');
const byName = (name: string) => actions.fields.find((f) => f.name === name)!;
/** The council is not a field of an action: it is the plan the action belongs to. */
const COUNCIL = field.text('Council', 'Council');
const COLUMNS: readonly FieldDef[] = [byName('ActionTitle'), COUNCIL, byName('DueDate'), byName('Status'), byName('Strand')];

/** "My actions": every action I own, in every plan I take part in, each a link to its row. */
export function MyActionsPage() {
  const t = useFullMessages();
  const styles = useStyles();
  const state = useMyActions();
  const [today] = useState(() => planToday());
  const byKey = useMemo(() => new Map((state.status === 'ready' ? state.actions : []).map((a) => [a.row.key, a])), [state]);
  const renderCell = useCallback(
    (f: FieldDef, row: AnyRow) => {
      const mine = byKey.get(row.key);
      if (f.name === 'ActionTitle' && mine) return <Link href={linkTo(mine)}>{String(row.values.ActionTitle ?? '')}</Link>;
      if (f.name === 'DueDate') {
        return <ActionDueCell field={f} action={row as Row<'actions'>} today={today} />;
      }
      return undefined;
    },
    [byKey, today],
  );
  return (
    <div className={styles.page}>
      <PageTitle>{t('myActions.title')}</PageTitle>
      <Text className={styles.muted}>{t('myActions.intro')}</Text>
      <LoadState state={state} failedTitle={t('myActions.failed')} />
      {state.status === 'ready' &&
        (state.actions.length === 0 ? (
          <Text className={styles.muted}>{t('myActions.none')}</Text>
        ) : (
          <SectionGrid label={t('myActions.title')} fields={COLUMNS} rows={state.actions.map((a) => a.row)} renderCell={renderCell} linkFields={['ActionTitle']} />
        ))}
    </div>
  );
}

/** The action's row in its own plan's tab, which scrolls to it and highlights it. */
function linkTo(action: MyAction): string {
  return surfaceUrl('tab', { plan: action.planId }, pathFor('section', { planId: action.planId, sectionId: 'actions' }, { row: action.actionKey }));
}
