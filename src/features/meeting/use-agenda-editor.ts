import { useCallback, useState } from 'react';
import { AgendaInputError, editAgenda, type Agenda, type AgendaEdit } from '../../agenda';
import { useAgendaText } from '../../i18n/use-agenda-text';

export interface AgendaEditor {
  readonly agenda: Agenda;
  /** The engine's message for the last edit it refused, until the next edit. */
  readonly error: string | undefined;
  /** True once the agenda differs from where the editor started. */
  readonly edited: boolean;
  /** Applies an edit; false (with `error` set) when the engine refused it. */
  edit(change: AgendaEdit): boolean;
  /** Starts again from another agenda (e.g. the plan's proposal for a new date); `edited` says whether that is the person's own change. */
  reset(agenda: Agenda, edited?: boolean): void;
}

/** Editing an agenda before it is agreed, through the engine's own `editAgenda`; `initial` is called once. */
export function useAgendaEditor(initial: () => Agenda): AgendaEditor {
  const say = useAgendaText();
  const [state, setState] = useState<{ agenda: Agenda; error?: string; edited: boolean }>(() => ({ agenda: initial(), edited: false }));

  const edit = useCallback(
    (change: AgendaEdit) => {
      try {
        const agenda = editAgenda(state.agenda, change);
        setState({ agenda, edited: true });
        return true;
      } catch (error) {
        if (!(error instanceof AgendaInputError)) throw error;
        setState((current) => ({ ...current, error: say(error.text) }));
        return false;
      }
    },
    [state.agenda, say],
  );
  const reset = useCallback((agenda: Agenda, edited = false) => setState({ agenda, edited }), []);

  return { agenda: state.agenda, error: state.error, edited: state.edited, edit, reset };
}
