import { useEffect, useRef } from 'react';

/** A dialog's first field, or its first action when it has no field. */
const FIRST_STOP = 'input, textarea, select, .fui-DialogActions button';

/**
 * Starts an open dialog on its first field, or its first action. A dialog whose controls cannot
 * take focus as it opens (loaded on demand, or while another modal is closing) gets focus on its
 * surface from Fluent, which the focus trap does not count as entering the dialog: it would stay hidden from
 * assistive technology. Put the returned ref on the DialogSurface; `showing` names what the
 * dialog shows, for a dialog that stays open from one question to the next; `firstStop` is a
 * selector for surfaces without fields or dialog actions (a popover's first button).
 */
export function useFirstActionFocus(open: boolean, showing?: unknown, firstStop: string = FIRST_STOP) {
  const surfaceRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const timer = window.setTimeout(() => {
      const surface = surfaceRef.current;
      const active = document.activeElement;
      // On the surface itself, or still outside it (a popover whose trap has not taken focus).
      if (surface && (active === surface || !surface.contains(active))) surface.querySelector<HTMLElement>(firstStop)?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [open, showing, firstStop]);
  return surfaceRef;
}
