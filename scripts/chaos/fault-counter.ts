/**
 * The faults the stand-in injected, as the clients met them: throttling answers (429, 503) and
 * connections dropped with no answer. Counted at fetch, under the Graph pipeline's retries.
 */
export interface FaultCounts {
  requests: number;
  throttled: number;
  dropped: number;
}

export function newFaultCounts(): FaultCounts {
  return { requests: 0, throttled: 0, dropped: 0 };
}

/** fetch that counts into `counts` what the server's answer (or its absence) was. */
export function countingFetch(counts: FaultCounts): typeof fetch {
  return async (input, init) => {
    counts.requests++;
    try {
      const response = await fetch(input, init);
      if (response.status === 429 || response.status === 503) counts.throttled++;
      return response;
    } catch (error) {
      counts.dropped++;
      throw error;
    }
  };
}
