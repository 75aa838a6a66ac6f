import type { Dice } from './random';

/**
 * Faults as one side of a connection met them: throttling answers (429, 503) and connections
 * dropped with no answer. The browser's side is counted at its fetch, under the outbox; the
 * service's side at its link to SharePoint, under the Graph pipeline's retries.
 */
export interface FaultCounts {
  requests: number;
  throttled: number;
  dropped: number;
}

export function newFaultCounts(): FaultCounts {
  return { requests: 0, throttled: 0, dropped: 0 };
}

/**
 * The browser's fetch to the plan service over a poor connection: a `dropRate` of requests is
 * lost, half before the service sees them and half after it answered (the change is saved but
 * the browser never hears so). Counts into `counts` what the service's answer, or its absence, was.
 */
export function browserFetch(counts: FaultCounts, dropRate = 0, dice?: Dice): typeof fetch {
  return async (input, init) => {
    counts.requests++;
    const drop = dice && dropRate > 0 && dice.chance(dropRate) ? (dice.chance(0.5) ? 'before' : 'after') : undefined;
    try {
      if (drop === 'before') throw new TypeError('fetch failed: the connection dropped before the request was sent');
      const response = await fetch(input, init);
      if (drop === 'after') {
        await response.arrayBuffer().catch(() => undefined);
        throw new TypeError('fetch failed: the connection dropped before the answer arrived');
      }
      if (response.status === 429 || response.status === 503) counts.throttled++;
      return response;
    } catch (error) {
      counts.dropped++;
      throw error;
    }
  };
}
