import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { STRANDS, sectionEditors, type SectionDef } from '../../plan';
import { ReadOnlyBadge } from '../../components/ReadOnlyBadge';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { pathFor } from '../../lib/routes';
import { ReadOnlyNote } from './ReadOnlyNote';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  help: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS, maxWidth: '72ch' },
});

/** A section's heading, strand, help and, for those who cannot change it, a read-only marker. */
export function SectionHeader({
  section,
  headingId,
  actions,
  title,
}: {
  section: SectionDef;
  headingId: string;
  actions?: ReactNode;
  /** Overrides the section's own title (the plan header's is just "Plan"). */
  title?: string;
}) {
  const t = useFullMessages();
  const styles = useStyles();
  const access = usePlanAccess();
  const strand = STRANDS.find((s) => s.id === section.strand);
  const { planId } = useCurrentPlan();
  const reason = access.refused(section) ? t('access.refused') : t('access.roleCannotEdit', { role: t(`role.${access.role}`) });
  const readOnly = !access.canEdit(section);
  return (
    <div className={styles.header}>
      <div>
        <div className={styles.titleRow}>
          <h2 id={headingId} className={styles.heading}>
            {title ?? t.schema(section.title)}
          </h2>
          {strand && (
            <Badge appearance="outline" color="brand">
              {t('strand.badge', { id: strand.id, name: t.schema(strand.short) })}
            </Badge>
          )}
          {readOnly && <ReadOnlyBadge reason={reason} />}
        </div>
        {section.help && <Text className={styles.help}>{t.schema(section.help)}</Text>}
        {readOnly && (
          <ReadOnlyNote
            editors={t(`access.editors.${sectionEditors(section)}`)}
            planId={planId}
            route={pathFor('section', { planId, sectionId: section.id })}
            label={title ?? t.schema(section.title)}
          />
        )}
      </div>
      {actions}
    </div>
  );
}
