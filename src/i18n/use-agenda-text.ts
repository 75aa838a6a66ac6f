import { useCallback } from 'react';
import type { AgendaText } from '../agenda/text';
import { agendaText } from './agenda-text';
import { useFullMessages } from './use-full-messages';

/** What the agenda says, in the reader's language: `say(item.title)`, `say(item.reason)`. */
export function useAgendaText(): (text: AgendaText) => string {
  const t = useFullMessages();
  return useCallback((text: AgendaText) => agendaText(t, text), [t]);
}
