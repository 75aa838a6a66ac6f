import { createContext, useContext } from 'react';
import type { Row } from '../../plan';
import type { LiveStatus } from '../../lib/live';
import type { AgreedAgenda } from './meeting-agenda';
import type { MeetingInfo } from './meeting-values';

/** The meeting a surface is about, once its plan is loaded. */
export interface CurrentMeeting {
  /** The Meetings row key: the row's own, or the one a new row will be created with. */
  readonly key: string;
  /** The Teams meeting the row records, when the page is in one (or a URL named one). */
  readonly teamsMeetingId: string | undefined;
  /** The row, once it exists. */
  readonly row: Row<'meetings'> | undefined;
  /** Key and date for the records the meeting writes; undefined until the row exists. */
  readonly info: MeetingInfo | undefined;
  readonly closed: boolean;
  /** The agenda agreed for it (read once per change of the saved agenda). */
  readonly agreed: AgreedAgenda;
  /** How the page is following other participants' changes. */
  readonly live: LiveStatus;
}

export const MeetingContext = createContext<CurrentMeeting | undefined>(undefined);

export function useMeeting(): CurrentMeeting {
  const meeting = useContext(MeetingContext);
  if (!meeting) throw new Error('useMeeting needs a meeting surface above it');
  return meeting;
}
