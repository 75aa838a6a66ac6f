import type { Agenda } from '../../agenda';

/** "Item 5" as people say it: an agenda item's place counted from 1, for presence; undefined when not on this agenda. */
export function itemNumberIn(agenda: Agenda | undefined): (itemId: string) => number | undefined {
  return (itemId) => {
    const index = agenda?.items.findIndex((item) => item.id === itemId) ?? -1;
    return index < 0 ? undefined : index + 1;
  };
}
