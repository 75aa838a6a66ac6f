import { AgendaInputError, type AgendaItem, type AgendaText } from '../../src/agenda';
import { agendaText } from '../../src/i18n/agenda-text';
import { translateFor } from '../../src/i18n/catalogues';

const t = translateFor('en-GB');

/** What the agenda says, as an English reader sees it. */
export function english(text: AgendaText): string {
  return agendaText(t, text);
}

/** An item with its title and reason as English text, for comparing with what a reader sees. */
export function inEnglish<T extends AgendaItem | undefined>(item: T): T extends AgendaItem ? Omit<AgendaItem, 'title' | 'reason'> & { title: string; reason: string } : undefined {
  return (item && { ...item, title: english(item.title), reason: english(item.reason) }) as never;
}

/** What the engine says when it refuses `attempt`, as an English reader sees it ("" when it does not refuse). */
export function refusal(attempt: () => unknown): string {
  try {
    attempt();
    return '';
  } catch (error) {
    if (error instanceof AgendaInputError) return english(error.text);
    return error instanceof Error ? error.message : String(error);
  }
}
