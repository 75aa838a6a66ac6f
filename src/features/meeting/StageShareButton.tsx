import { Button, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { OpenRegular, ShareScreenStartRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorWords } from '../../components/ProblemWords';
import { useFullMessages } from '../../i18n/use-full-messages';
import { surfaceUrl } from '../../lib/links';
import { useHost, useMeetingHost } from '../../teams';

/**
 * Puts the stage view on the meeting stage for everyone in the call, when Teams says this user
 * may (side panel only, with the stage permission). Outside Teams the stage view opens in a new
 * window instead, to show on a projector or a shared screen.
 */
export function StageShareButton({ planId, meetingKey }: { planId: string; meetingKey: string }) {
  const t = useFullMessages();
  const host = useHost();
  const meetingHost = useMeetingHost();
  const [problem, setProblem] = useState<{ readonly error: unknown }>();
  const url = surfaceUrl('stage', { plan: planId, meeting: meetingKey });

  if (!host.inTeams) {
    return (
      <Link href={url} target="_blank" rel="noopener">
        <OpenRegular aria-hidden /> {t('meeting.stage.openWindow')}
      </Link>
    );
  }
  if (meetingHost.stageSharing === false) return <Text size={200}>{t('meeting.stage.notAvailable')}</Text>;
  return (
    <>
      <Button
        icon={<ShareScreenStartRegular />}
        disabled={meetingHost.stageSharing === undefined}
        onClick={() => meetingHost.shareToStage(url).then(() => setProblem(undefined), (error: unknown) => setProblem({ error }))}
      >
        {t('meeting.stage.share')}
      </Button>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('meeting.stage.failed')} <ErrorWords error={problem.error} />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
