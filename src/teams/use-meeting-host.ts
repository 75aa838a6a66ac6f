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
    const settle = (set: (value: boolean) => void) => (value: boolean) => live && set(value);
    canShareToStage(where).then(settle(setStageSharing), () => live && setStageSharing(false));
    canShareText(where).then(settle(setTextSharing), () => live && setTextSharing(false));
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
