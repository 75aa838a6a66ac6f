import { Badge, Button, Card, CardHeader, Checkbox, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, SignatureRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { parsePerson, type Signature } from '../../plan';
import { dayText, useMessages } from '../../i18n';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // A pill's words stay on one line, inside its border, however narrow the card.
  pill: { whiteSpace: 'nowrap', flexShrink: 0 },
  signer: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface SignatureCardProps {
  readonly title: string;
  readonly signature: Signature | undefined;
  /** This user holds the role and may sign (again, once the plan has changed). */
  readonly canSignNow: boolean;
  readonly busy: boolean;
  /** What signing now does to the other signer's signature, said before this user signs. */
  readonly lapseWarning?: string;
  onSign(): void;
}

/** One partner's signature: who and when, or — for that partner — the confirmation and Sign button. */
export function SignatureCard({ title, signature, canSignNow, busy, lapseWarning, onSign }: SignatureCardProps) {
  const t = useMessages();
  const styles = useStyles();
  const [confirmed, setConfirmed] = useState(false);
  const warningId = useId();
  return (
    <Card className={styles.card}>
      <CardHeader
        image={signature ? <CheckmarkCircleRegular fontSize={24} /> : <SignatureRegular fontSize={24} />}
        header={<h2 className={styles.title}>{title}</h2>}
        action={
          signature ? (
            <Badge appearance="filled" color="success" className={styles.pill}>
              {t('signOff.signed')}
            </Badge>
          ) : (
            <Badge appearance="outline" color="informative" className={styles.pill}>
              {t('signOff.notSigned')}
            </Badge>
          )
        }
      />
      {signature && (
        <div className={styles.signer}>
          <Text weight="semibold">{parsePerson(signature.by).name}</Text>
          {signature.on && <Text>{t('signOff.signedOn', { date: dayText(t, signature.on) })}</Text>}
        </div>
      )}
      {canSignNow && (
        <>
          {lapseWarning && (
            <MessageBar intent="warning">
              <MessageBarBody id={warningId}>{lapseWarning}</MessageBarBody>
            </MessageBar>
          )}
          <Checkbox checked={confirmed} onChange={(_, data) => setConfirmed(data.checked === true)} label={t('signOff.confirm')} />
          <Button appearance="primary" icon={<SignatureRegular />} disabledFocusable={!confirmed || busy} aria-describedby={lapseWarning ? warningId : undefined} onClick={onSign}>
            {signature ? t('signOff.signAgain') : t('signOff.sign')}
          </Button>
        </>
      )}
    </Card>
  );
}
