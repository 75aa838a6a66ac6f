import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ProblemWords } from '../../components/ProblemWords';
import { problemText } from '../../i18n';
import { useFullMessages } from '../../i18n/use-full-messages';
import { useNudges, type NudgeKind } from '../../lib/nudges-context';
import { problemOf, type Problem } from '../../storage/errors';

const useStyles = makeStyles({
  kinds: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalM },
});

type Loaded = { readonly step: 'loading' } | { readonly step: 'failed'; readonly problem: Problem } | { readonly step: 'ready'; readonly kinds: readonly NudgeKind[] };

/**
 * "Notifications": each kind of Teams nudge on or off for the signed-in person, kept by the plan
 * service (so the choice follows them to every device and is honoured when others act).
 */
export function NudgeSettingsButton() {
  const t = useFullMessages();
  const styles = useStyles();
  const nudges = useNudges();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ step: 'loading' });
  const [off, setOff] = useState<readonly NudgeKind[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Problem>();
  if (!nudges) return null;
  // The service offers only the kinds that can reach this person; a manager may have none.
  const nothingToChoose = loaded.step === 'ready' && loaded.kinds.length === 0;

  const load = () => {
    setLoaded({ step: 'loading' });
    setSaveError(undefined);
    nudges.settings().then(
      (settings) => {
        setOff(settings.off);
        setLoaded({ step: 'ready', kinds: settings.kinds });
      },
      (error: unknown) => setLoaded({ step: 'failed', problem: problemOf(error) }),
    );
  };
  const save = async () => {
    setSaving(true);
    setSaveError(undefined);
    try {
      setOff(await nudges.saveSettings(off));
      setOpen(false);
    } catch (error) {
      setSaveError(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) load();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<AlertRegular />}>
          {t('nudges.settings')}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('nudges.settings.title')}</DialogTitle>
          <DialogContent>
            <Text>{t('nudges.settings.intro')}</Text>
            {loaded.step === 'loading' && <Spinner size="small" label={t('nudges.settings.loading')} />}
            {loaded.step === 'failed' && (
              <MessageBar intent="error">
                <MessageBarBody>
                  {t('nudges.settings.failed')} <ProblemWords text={problemText(t, loaded.problem)} />
                </MessageBarBody>
              </MessageBar>
            )}
            {nothingToChoose && <Text as="p">{t('nudges.settings.none')}</Text>}
            {loaded.step === 'ready' && !nothingToChoose && (
              <div className={styles.kinds}>
                {loaded.kinds.map((kind) => (
                  <Switch
                    key={kind}
                    label={t(`nudges.kind.${kind}`)}
                    checked={!off.includes(kind)}
                    onChange={(_, data) => setOff((now) => (data.checked ? now.filter((k) => k !== kind) : [...now, kind]))}
                  />
                ))}
              </div>
            )}
            {saveError && (
              <MessageBar intent="error">
                <MessageBarBody>
                  {t('nudges.settings.saveFailed')} <ProblemWords text={problemText(t, saveError)} />
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t(nothingToChoose ? 'action.close' : 'nudges.settings.cancel')}</Button>
            </DialogTrigger>
            {!nothingToChoose && (
              <Button appearance="primary" disabledFocusable={loaded.step !== 'ready' || saving} onClick={() => void save()}>
                {t('nudges.settings.save')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
