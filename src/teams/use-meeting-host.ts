import { useEffect, useMemo, useState } from 'react';
import { useHost } from './HostProvider';
import { canShareText, canShareToStage, copyText, shareText, shareToStage } from './meeting-host';

export interface MeetingHost {
  /** The Teams meeting this page is in; undefined outside a meeting. */
  readonly meetingId: string | undefined;
  /** May this user share the app to the stage from here? Undefined while Teams is asked. */
  readonly stageSharing: boolean | undefined;
  /** Does the host have a share dialog for text? Undefined while Teams is asked. */
  readonly textSharing: boolean | undefined;
  shareToStage(url: string): Promise<void>;
  shareText(text: string, url: string): Promise<void>;
  copyText(text: string): Promise<void>;
}

/** The host's meeting abilities, asked once per page; in a browser none of them but copying. */
export function useMeetingHost(): MeetingHost {
  const host = useHost();
  const [stageSharing, setStageSharing] = useState<boolean>();
  const [textSharing, setTextSharing] = useState<boolean>();
  const where = useMemo(() => ({ inTeams: host.inTeams, frame: host.frame }), [host.inTeams, host.frame]);

  useEffect(() => {
    let live = true;
    // A host that cannot answer (an older Teams client, a frame without the permission) offers neither.
    const ask = (question: Promise<boolean>, set: (value: boolean) => void) =>
      question.then(
        (answer) => live && set(answer),
        () => live && set(false),
      );
    void ask(canShareToStage(where), setStageSharing);
    void ask(canShareText(where), setTextSharing);
    return () => {
      live = false;
    };
  }, [where]);

  return useMemo(
    () => ({
      meetingId: host.meetingId,
      stageSharing,
      textSharing,
      shareToStage,
      shareText,
      copyText: (text: string) => copyText(where, text),
    }),
    [host.meetingId, stageSharing, textSharing, where],
  );
}
