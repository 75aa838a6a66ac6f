import { formatDate, type IsoDate } from '../plan';

/** Small helpers for the minutes (English today) and the rules; what the agenda says is in ./text. */

/** '2031-01-12' → '12 Jan 2031'. */
export function day(date: IsoDate): string {
  return formatDate(date);
}

/**
 * `fn` remembering its answers, up to `limit` of them (then it starts again, so a long-running
 * tab does not grow it forever). An agenda for thousands of actions formats the same few hundred
 * dates and parses the same few owners over and over, and each Intl call costs microseconds.
 */
export function remembered<T>(fn: (input: string) => T, limit = 4096): (input: string) => T {
  const answers = new Map<string, T>();
  return (input) => {
    let answer = answers.get(input);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answer = fn(input);
      answers.set(input, answer);
    }
    return answer;
  };
}

/** '1 open action', '3 open actions'. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Shortens text to at most `max` characters on one line, ending in an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The calendar day of a storage timestamp ('2031-03-20T13:05:00Z' → '2031-03-20'), in UTC. */
export function dayOf(timestamp: string): IsoDate {
  return timestamp.slice(0, 10);
}
