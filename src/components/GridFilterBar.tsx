import { Button, Field, SearchBox, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { FieldDef } from '../plan';
import { useFullMessages } from '../i18n/use-full-messages';
import { ChoiceOptions } from './ChoiceOptions';
import { isFiltering, NO_FILTER, type GridFilter } from './grid-filter';

const useStyles = makeStyles({
  // Wraps onto as many lines as it needs: at 320 px each control takes the full width.
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  search: { flexGrow: 1, flexBasis: '220px', maxWidth: '360px', minWidth: 0 },
  choice: { flexBasis: '150px', minWidth: 0 },
  count: { color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalXS },
});

export interface GridFilterBarProps {
  /** The grid's name, for the search box's label ("Search Actions"). */
  readonly label: string;
  readonly choiceFields: readonly FieldDef[];
  readonly filter: GridFilter;
  onChange(filter: GridFilter): void;
  readonly shown: number;
  readonly total: number;
}

/** Search and filter for one table, as in Microsoft Lists: a search box and one list per choice column. */
export function GridFilterBar({ label, choiceFields, filter, onChange, shown, total }: GridFilterBarProps) {
  const t = useFullMessages();
  const styles = useStyles();
  const setChoice = (name: string, choice: string) => {
    const { [name]: _old, ...others } = filter.choices;
    onChange({ ...filter, choices: choice ? { ...others, [name]: choice } : others });
  };
  return (
    <div className={styles.bar} role="search" aria-label={t('grid.search', { section: label })}>
      <SearchBox
        className={styles.search}
        aria-label={t('grid.search', { section: label })}
        placeholder={t('grid.searchPlaceholder')}
        value={filter.query}
        onChange={(_, data) => onChange({ ...filter, query: data.value })}
      />
      {choiceFields.map((field) => (
        <Field key={field.name} className={styles.choice} label={t('grid.filterBy', { field: t.schema(field.label) })} size="small">
          <Select size="small" value={filter.choices[field.name] ?? ''} onChange={(_, data) => setChoice(field.name, data.value)}>
            <ChoiceOptions field={field} empty={t('grid.allChoices')} />
          </Select>
        </Field>
      ))}
      {/* Always present, so that the first change of count is announced too. */}
      <Text className={styles.count} role="status">
        {isFiltering(filter) ? t('grid.shown', { count: shown, total }) : ''}
      </Text>
      {isFiltering(filter) && (
        <>
          <Button appearance="subtle" size="small" icon={<DismissRegular />} onClick={() => onChange(NO_FILTER)}>
            {t('grid.clearFilters')}
          </Button>
        </>
      )}
    </div>
  );
}
