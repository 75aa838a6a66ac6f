import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { sectionById } from '../../plan';
import { RouteLink } from '../../components/RouteLink';
import { useMessages } from '../../i18n';
import { fieldChangesSinceSigned } from '../../plan/field-changes';
import type { SectionChanges } from '../../plan/plan-diff';
import type { SignedVersion } from '../../plan/signed-version';
import type { Plan } from '../../plan';
import { pathFor } from '../../lib/routes';
import { FieldChangesTable } from './FieldChangesTable';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  group: { marginBlock: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface ChangesSinceSignedProps {
  readonly planId: string;
  readonly changes: readonly SectionChanges[];
  /** The signed version and the plan now, for each changed row's fields before and after. */
  readonly snapshot: SignedVersion;
  readonly plan: Plan;
}

/**
 * "Changed since signed": per section, the rows added, changed and removed, each linking to the
 * row, and for each changed row every changed field as it was signed and as it is now.
 */
export function ChangesSinceSigned({ planId, changes, snapshot, plan }: ChangesSinceSignedProps) {
  const t = useMessages();
  const styles = useStyles();
  if (changes.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t('signOff.unchanged')}</MessageBarBody>
      </MessageBar>
    );
  }
  const kinds = [
    ['added', 'signOff.added'],
    ['changed', 'signOff.changedRows'],
    ['removed', 'signOff.removed'],
  ] as const;
  return (
    <>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{t('signOff.changedTitle')}</MessageBarTitle>
          {t('signOff.changedBody')}
        </MessageBarBody>
      </MessageBar>
      <Accordion multiple collapsible>
        {changes.map((change) => {
          const section = sectionById(change.section);
          const summary = t('signOff.summary', { added: change.added.length, changed: change.changed.length, removed: change.removed.length });
          return (
            <AccordionItem key={change.section} value={change.section}>
              <AccordionHeader>
                {section.id === 'plan' ? t('details.heading') : t.schema(section.title)} — {summary}
              </AccordionHeader>
              <AccordionPanel>
                {kinds.map(([kind, heading]) =>
                  change[kind].length === 0 ? null : (
                    <div key={kind} className={styles.group}>
                      <h3 className={styles.groupTitle}>{t(heading)}</h3>
                      <ul className={styles.list}>
                        {change[kind].map((row) => (
                          <li key={row.key}>
                            {kind === 'removed' ? (
                              row.label
                            ) : (
                              <RouteLink to={pathFor('section', { planId, sectionId: change.section }, change.section === 'plan' ? {} : { row: row.key })}>
                                {row.label}
                              </RouteLink>
                            )}
                            {kind === 'changed' && (
                              <FieldChangesTable
                                caption={t('signOff.fieldChanges', { row: row.label })}
                                changes={fieldChangesSinceSigned(snapshot, plan, change.section, row.key)}
                              />
                            )}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ),
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </>
  );
}
