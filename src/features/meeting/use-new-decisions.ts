import { useEffect, useRef, useState } from 'react';
import type { Row } from '../../plan';

/**
 * The decisions that arrived since the page first showed the meeting (for announcing them):
 * what was there on the first render is not news.
 */
export function useNewDecisions(decisions: readonly Row<'decisions'>[]): readonly Row<'decisions'>[] {
  const seen = useRef<Set<string>>();
  const [fresh, setFresh] = useState<readonly Row<'decisions'>[]>([]);
  useEffect(() => {
    if (!seen.current) {
      seen.current = new Set(decisions.map((d) => d.key));
      return;
    }
    const known = seen.current;
    const arrived = decisions.filter((d) => !known.has(d.key));
    if (arrived.length === 0) return;
    arrived.forEach((d) => known.add(d.key));
    setFresh(arrived);
  }, [decisions]);
  return fresh;
}
