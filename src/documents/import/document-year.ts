import type { SourceLine } from '../read/source';
import type { YearHint } from './date-cell';
import { say } from './import-messages';

function mostFrequent(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/** The census the document is about ("Census 2021"), when it names one. */
export function censusNamed(lines: readonly SourceLine[]): string | null {
  const text = lines.map((l) => l.text).join('\n');
  const year = mostFrequent([...text.matchAll(/\bcensus\s+((?:19|20)\d\d)\b/gi)].map((m) => Number(m[1])));
  return year === undefined ? null : `Census ${year}`;
}

/**
 * The year for dates written without one ("22nd March"). A LAPP is about one census, which it
 * names ("Census 2021"), and its undated entries are that census's weeks; failing that, the
 * latest year its dates mention, then the plan's own census.
 */
export function documentYear(lines: readonly SourceLine[], planCensus?: string | null): YearHint | null {
  const text = lines.map((l) => l.text).join('\n');
  const census = mostFrequent([...text.matchAll(/\bcensus\s+((?:19|20)\d\d)\b/gi)].map((m) => Number(m[1])));
  if (census !== undefined) return { year: census, reason: say('import.year.census', { year: String(census) }) };
  const dated = [...text.matchAll(/\b\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
  if (dated.length > 0) {
    const latest = Math.max(...dated);
    return { year: latest, reason: say('import.year.latest') };
  }
  const planYear = /\b((?:19|20)\d\d)\b/.exec(planCensus ?? '')?.[1];
  return planYear ? { year: Number(planYear), reason: say('import.year.planCensus', { census: planCensus ?? '' }) } : null;
}
