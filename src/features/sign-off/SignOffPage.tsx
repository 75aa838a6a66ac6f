import { SignedVersionProblem } from './SignedVersionProblem';
import { Card, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { parsePerson, signatureOnSignedVersion, todayLocal } from '../../plan';
import { RouteLink } from '../../components/RouteLink';
import { useMessages } from '../../i18n';
import { useCurrentPlan, usePlanAccess } from '../../lib/plan-context';
import { pathFor } from '../../lib/routes';
import { signedState } from '../../lib/signed-state';
import { useIdentity } from '../../lib/store-context';
import { AskToSign } from './AskToSign';
import { ChangesSinceSigned } from './ChangesSinceSigned';
import { signPlan } from './sign-plan';
import { SignatureCard } from './SignatureCard';
import { PageTitle } from '../../components/PageTitle';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, maxWidth: '1100px' },
  statement: {
    padding: tokens.spacingHorizontalXL,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
  },
  quote: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  signatures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: tokens.spacingHorizontalL },
  subTitle: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  since: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  version: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

/** Sign-off: the statement, the ACLM's and CLM's signatures, and what has changed since signing. */
export function SignOffPage() {
  const t = useMessages();
  const styles = useStyles();
  const loaded = useCurrentPlan();
  const access = usePlanAccess();
  const { me } = useIdentity();
  const [busy, setBusy] = useState(false);
  const state = useMemo(() => signedState(loaded.plan), [loaded.plan]);
  const changed = state.changes.length > 0;

  const sign = async (role: 'aclm' | 'clm') => {
    if (!me) return;
    setBusy(true);
    try {
      await signPlan(loaded, me, role, todayLocal());
    } finally {
      setBusy(false);
    }
  };
  // Signing a plan that changed since the other signed in the app lapses their signature (the service's rule).
  const lapseWarning = (role: 'aclm' | 'clm') => {
    const other = changed ? signatureOnSignedVersion(role, loaded.plan.header.values) : undefined;
    const theirs = other && state.signOff[other.signer];
    return theirs ? t('signOff.otherAskedAgain', { name: parsePerson(theirs.by).name }) : undefined;
  };
  const card = (role: 'aclm' | 'clm') => {
    const signature = state.signOff[role];
    return (
      <SignatureCard
        title={t(`signOff.${role}`)}
        signature={signature}
        canSignNow={access.role === role && me !== undefined && (!signature || changed)}
        busy={busy}
        lapseWarning={access.role === role ? lapseWarning(role) : undefined}
        onSign={() => void sign(role)}
      />
    );
  };

  return (
    <div className={styles.page}>
      <PageTitle>{t('signOff.title')}</PageTitle>
      <Card className={styles.statement}>
        <blockquote className={styles.quote}>{t('signOff.statement')}</blockquote>
      </Card>
      {!access.canSign && <Text>{t('signOff.whoSigns')}</Text>}
      <div className={styles.signatures}>
        {card('aclm')}
        {card('clm')}
      </div>
      {access.role === 'cem' && (changed || !state.signOff.signed) && <AskToSign planId={loaded.planId} again={changed} />}
      {state.snapshotKey && (
        <section className={styles.since} aria-labelledby="changes-heading">
          <h2 id="changes-heading" className={styles.subTitle}>
            {t('signOff.sinceSigned')}
          </h2>
          <div className={styles.version}>
            <DocumentRegular />
            <RouteLink to={pathFor('signedVersion', { planId: loaded.planId, snapshotKey: state.snapshotKey })}>{t('signOff.viewSigned')}</RouteLink>
          </div>
          {!state.snapshot ? (
            <SignedVersionProblem error={state.snapshotError} />
          ) : (
            <ChangesSinceSigned planId={loaded.planId} changes={state.changes} snapshot={state.snapshot} plan={loaded.plan} />
          )}
        </section>
      )}
    </div>
  );
}
