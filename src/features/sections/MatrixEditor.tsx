import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleTeamAddRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import { CHANNEL_GROUPS, PRIORITY_OR_TICK, ValidationError, validateValues, type SectionDef, type SectionId } from '../../plan';
import { fieldErrorText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { rowsOf } from '../../plan/plan-rows';
import { AddNameForm } from './AddNameForm';
import { matrixModel } from './matrix-model';
import { PriorityBadge } from '../../components/PriorityBadge';
import { SectionHeader } from './SectionHeader';
import { useCellSave } from './use-cell-save';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalM },
  scroller: { overflow: 'auto', maxHeight: '70vh', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  colHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    minWidth: '7rem',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { left: 0, zIndex: 3 },
  groupHeader: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalS,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: '12rem',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: { padding: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The community priorities checklist: engagement channels × communities, each cell High/Medium/Low. */
export function MatrixEditor({ section }: { section: SectionDef }) {
  const t = useFullMessages();
  const styles = useStyles();
  const headingId = useId();
  const { plan, deleteRow } = useCurrentPlan();
  const canEdit = usePlanAccess().canEdit(section);
  const save = useCellSave(section);
  const [extraCommunities, setExtraCommunities] = useState<string[]>([]);
  const [extraChannels, setExtraChannels] = useState<{ group: string; channel: string }[]>([]);
  const [group, setGroup] = useState<string>(CHANNEL_GROUPS[0]);
  const [cellError, setCellError] = useState<string>();
  const rows = rowsOf(plan, section.id as SectionId);
  const model = useMemo(
    () => matrixModel(rows, { communities: extraCommunities, channels: extraChannels }),
    [rows, extraCommunities, extraChannels],
  );
  const agreed = rowsOf(plan, 'agreedTopTen').map((r) => String(r.values.Community ?? '')).filter(Boolean);

  const checkName = (name: string, fieldName: 'Community' | 'Channel'): string | undefined => {
    try {
      validateValues(section, { [fieldName]: name }, 'update');
      return undefined;
    } catch (error) {
      if (error instanceof ValidationError) return error.errors[0] && fieldErrorText(t, error.errors[0]);
      throw error;
    }
  };
  const addCommunity = (name: string) => {
    const refused = checkName(name, 'Community');
    if (!refused) setExtraCommunities((current) => [...current, name]);
    return refused;
  };
  const addChannel = (name: string) => {
    const refused = checkName(name, 'Channel');
    if (!refused) setExtraChannels((current) => [...current, { group, channel: name }]);
    return refused;
  };
  const setCell = (channelGroup: string, channel: string, community: string, priority: string) => {
    const row = model.cell(channel, community, channelGroup);
    if (priority === '') {
      if (row) void deleteRow(row.section, row.key);
      return;
    }
    setCellError(save(row, { Priority: priority }, { ChannelGroup: channelGroup, Channel: channel, Community: community }));
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeader section={section} headingId={headingId} />
      {canEdit && (
        <div className={styles.tools}>
          <AddNameForm
            label={t('matrix.newCommunity')}
            buttonLabel={t('matrix.addCommunity')}
            onAdd={addCommunity}
          />
          <AddNameForm
            label={t('matrix.newChannel')}
            buttonLabel={t('matrix.addChannel')}
            before={
              <Field label={t('matrix.channelGroup')}>
                <Select value={group} onChange={(_, data) => setGroup(data.value)}>
                  {CHANNEL_GROUPS.map((g) => (
                    <option key={g}>{g}</option>
                  ))}
                </Select>
              </Field>
            }
            onAdd={addChannel}
          />
          {agreed.some((c) => !model.communities.includes(c)) && (
            <Button icon={<PeopleTeamAddRegular />} onClick={() => setExtraCommunities((c) => [...c, ...agreed])}>
              {t('matrix.addAgreed')}
            </Button>
          )}
        </div>
      )}
      {canEdit && <Text className={styles.hint}>{t('matrix.hint')}</Text>}
      {cellError && (
        <Text role="alert" className={styles.hint}>
          {cellError}
        </Text>
      )}
      {model.communities.length === 0 ? (
        <Text className={styles.hint}>{t('matrix.empty')}</Text>
      ) : (
        // Focusable so the keyboard can scroll a grid wider than the page.
        <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('matrix.gridLabel')}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col" className={`${styles.colHeader} ${styles.corner}`}>
                  {t('matrix.channel')}
                </th>
                {model.communities.map((community) => (
                  <th key={community} scope="col" className={styles.colHeader}>
                    {community}
                  </th>
                ))}
              </tr>
            </thead>
            {model.groups.map(({ group: channelGroup, channels }) => (
              <tbody key={channelGroup}>
                <tr>
                  <th scope="rowgroup" colSpan={model.communities.length + 1} className={styles.groupHeader}>
                    {channelGroup}
                  </th>
                </tr>
                {channels.map((channel) => (
                  <tr key={channel}>
                    <th scope="row" className={styles.rowHeader}>
                      {channel}
                    </th>
                    {model.communities.map((community) => {
                      const priority = String(model.cell(channel, community, channelGroup)?.values.Priority ?? '');
                      return (
                        <td key={community} className={styles.cell}>
                          {canEdit ? (
                            <Select
                              size="small"
                              aria-label={t('matrix.cellLabel', { channel, community })}
                              value={priority}
                              onChange={(_, data) => setCell(channelGroup, channel, community, data.value)}
                            >
                              <option value="">{t('priority.notSet')}</option>
                              {PRIORITY_OR_TICK.map((p) => (
                                <option key={p}>{p}</option>
                              ))}
                            </Select>
                          ) : (
                            priority && <PriorityBadge priority={priority} />
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
