import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Agenda } from '../../agenda';
import { usePresenceSender } from '../../lib/live';
import { currentItemIndex } from './meeting-agenda';
import { hasDraftOn } from './use-draft';

/** The meeting moved on while this person was writing on another item. */
export interface MovedOn {
  readonly index: number;
  readonly by: string | undefined;
}

export interface FollowedItem {
  /** The item this person is looking at. */
  readonly index: number;
  /** The item the meeting is on. */
  readonly meetingIndex: number;
  /** Set while this person stays on an item the meeting has left. */
  readonly movedOn: MovedOn | undefined;
  /** Moves the meeting (this person's own Next, Previous or choice). */
  moving(itemId: string): void;
  follow(): void;
}

function typingIn(container: HTMLElement | null): boolean {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  if (!container || !active || !container.contains(active)) return false;
  return active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.value !== '');
}

/**
 * Which item a person sees. They follow the meeting, except when someone else moves it while
 * they have a draft on the item they are on or are typing in it: then they stay, and are told
 * where the meeting went ("Ava moved to item 6 — follow / stay").
 */
export function useFollowedItem(agenda: Agenda, meetingKey: string, currentItemId: string | null, movedBy: string | undefined, recorder: RefObject<HTMLElement>): FollowedItem {
  const meetingIndex = currentItemIndex(agenda, currentItemId);
  const meetingItem = agenda.items[meetingIndex]?.id;
  const [stayOn, setStayOn] = useState<string>();
  const seen = useRef(meetingItem);
  const mine = useRef<string>();

  // Before paint, so the form being typed in never shows another item's values, even for a frame.
  useLayoutEffect(() => {
    const before = seen.current;
    seen.current = meetingItem;
    if (before === meetingItem || meetingItem === undefined) return;
    if (mine.current === meetingItem) {
      mine.current = undefined;
      return;
    }
    const onItem = stayOn ?? before;
    if (onItem && onItem !== meetingItem && (hasDraftOn(meetingKey, onItem) || typingIn(recorder.current))) setStayOn(onItem);
  }, [meetingItem, meetingKey, recorder, stayOn]);

  const stayIndex = stayOn === undefined ? -1 : agenda.items.findIndex((i) => i.id === stayOn);
  const staying = stayIndex >= 0 && stayOn !== meetingItem;
  // The others see where this person is, which is not always where the meeting is ("Priya is on item 5").
  const presence = usePresenceSender();
  const shownItem = agenda.items[staying ? stayIndex : meetingIndex]?.id;
  useEffect(() => {
    presence?.onItem(shownItem);
  }, [presence, shownItem]);
  return {
    index: staying ? stayIndex : meetingIndex,
    meetingIndex,
    movedOn: staying ? { index: meetingIndex, by: movedBy } : undefined,
    moving: (itemId) => {
      mine.current = itemId;
      setStayOn(undefined);
    },
    follow: () => setStayOn(undefined),
  };
}
