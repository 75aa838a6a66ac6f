import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Panel } from '../../components/Panel';
import { Fragment, useMemo } from 'react';
import { SIGNERS, parsePerson, type Signature } from '../../plan';
import { RouteLink } from '../../components/RouteLink';
import { dayText, useMessages } from '../../i18n';
import { useCurrentPlan } from '../../lib/plan-context';
import { pathFor } from '../../lib/routes';
import { signedState } from '../../lib/signed-state';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // A pill's words stay on one line, inside its border, however narrow the card.
  pill: { whiteSpace: 'nowrap', flexShrink: 0 },
  line: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
});

/** Sign-off at a glance: each signer the plan needs signed or not, and whether the plan changed since. */
export function SignOffSummary() {
  const t = useMessages();
  const styles = useStyles();
  const { plan, planId } = useCurrentPlan();
  const state = useMemo(() => signedState(plan), [plan]);
  const line = (label: string, signature: Signature | undefined) => (
    <div className={styles.line}>
      <Text>{label}</Text>
      {signature ? (
        <Badge appearance="tint" color="success" className={styles.pill}>
          {signature.on
            ? t('home.signedBy', { name: parsePerson(signature.by).name, date: dayText(t, signature.on) })
            : t('home.signedByUndated', { name: parsePerson(signature.by).name })}
        </Badge>
      ) : (
        <Badge appearance="outline" color="informative" className={styles.pill}>
          {t('signOff.notSigned')}
        </Badge>
      )}
    </div>
  );
  return (
    <Panel className={styles.card}>
      <h2 className={styles.title}>{t('signOff.title')}</h2>
      {SIGNERS.filter((who) => state.signOff.required.includes(who) || state.signOff[who]).map((who) => (
        <Fragment key={who}>{line(t(`signOff.${who}`), state.signOff[who])}</Fragment>
      ))}
      {state.changes.length > 0 && (
        <Badge appearance="filled" color="warning" className={styles.pill}>
          {t.plural('home.changedSinceSigned', state.changes.length)}
        </Badge>
      )}
      <RouteLink to={pathFor('signOff', { planId })}>{t('home.openSignOff')}</RouteLink>
    </Panel>
  );
}
