import { createContext, useContext, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { useIdentity } from '../store-context';
import { useLiveConnection } from './live-connection';
import { presentPeople, type PresenceBook, type SeenPresence } from './presence-book';
import { PresenceSender, servicePresencePost } from './presence-sender';

interface PresenceValue {
  readonly meetingId: string;
  readonly book: PresenceBook;
  /** Undefined where this page says nothing of its person (the stage, or no plan service). */
  readonly sender: PresenceSender | undefined;
}

const PresenceContext = createContext<PresenceValue | undefined>(undefined);

/** How often who is shown is looked at again, so people who went quiet drop off without any event. */
const EXPIRY_CHECK_MS = 5000;

export interface LivePresenceProps {
  readonly planId: string;
  /** The meeting everyone here is in: presence is shown per meeting. */
  readonly meetingId: string;
  /** What the plan's stream heard (see useLivePlan). */
  readonly book: PresenceBook;
  /** This page tells the others where its person is (the side panel, the details tab; not the stage). */
  readonly send: boolean;
  readonly children: ReactNode;
}

/** Gives a meeting's pages who else is in it and a way to say where this person is. */
export function LivePresenceProvider({ planId, meetingId, book, send, children }: LivePresenceProps) {
  const connection = useLiveConnection();
  const [sender, setSender] = useState<PresenceSender>();
  useEffect(() => {
    if (!send || !connection) return undefined;
    const made = new PresenceSender(servicePresencePost(connection, planId), meetingId);
    made.start();
    setSender(made);
    const leave = () => made.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      made.stop();
      setSender(undefined);
    };
  }, [send, connection, planId, meetingId]);
  const value = useMemo(() => ({ meetingId, book, sender }), [meetingId, book, sender]);
  return <PresenceContext.Provider value={value}>{children}</PresenceContext.Provider>;
}

/** Says where this person is, when the page does; undefined outside a meeting or where it does not. */
export function usePresenceSender(): PresenceSender | undefined {
  return useContext(PresenceContext)?.sender;
}

/** The other people in this meeting now, by name (none outside a meeting surface). */
export function usePeopleHere(): readonly SeenPresence[] {
  const value = useContext(PresenceContext);
  const { me } = useIdentity();
  const [, recheck] = useReducer((n: number) => n + 1, 0);
  const anyone = (value?.book.size ?? 0) > 0;
  useEffect(() => {
    if (!anyone) return undefined;
    const timer = setInterval(recheck, EXPIRY_CHECK_MS);
    return () => clearInterval(timer);
  }, [anyone]);
  if (!value) return [];
  return presentPeople(value.book, Date.now(), { meetingId: value.meetingId, me: me?.email });
}
