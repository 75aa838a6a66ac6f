import { GraphHttpError } from './http/reply';

/**
 * Failures the stand-in injects for tests and benchmarks, switchable at run time: a delay on
 * every request, throttling (429 or 503 with Retry-After, as SharePoint answers under load) and
 * dropped connections, before or after the write is committed — both happen in real life.
 */
export interface FaultSettings {
  /** Added to every request, in milliseconds. */
  readonly latencyMs: number;
  /** Fraction (0–1) of requests answered 429 or 503 with Retry-After: 1; inner $batch requests each on their own. */
  readonly faultRate: number;
  /** Fraction (0–1) of requests whose connection is destroyed with no answer. */
  readonly dropRate: number;
}

export type DropPoint = 'beforeWrite' | 'afterWrite';

function checkRate(name: string, value: number | undefined): void {
  if (value !== undefined && !(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1, not ${value}.`);
}

export class FaultController {
  private current: FaultSettings = { latencyMs: 0, faultRate: 0, dropRate: 0 };

  constructor(
    initial: Partial<FaultSettings> = {},
    private readonly random: () => number = Math.random,
  ) {
    this.set(initial);
  }

  get settings(): FaultSettings {
    return this.current;
  }

  set(changes: Partial<FaultSettings>): void {
    checkRate('faultRate', changes.faultRate);
    checkRate('dropRate', changes.dropRate);
    if (changes.latencyMs !== undefined && !(changes.latencyMs >= 0)) throw new RangeError(`latencyMs must be 0 or more, not ${changes.latencyMs}.`);
    this.current = { ...this.current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  }

  /** A throttling answer for this request, or undefined to let it through. */
  throttle(): GraphHttpError | undefined {
    if (this.random() >= this.current.faultRate) return undefined;
    const headers = { 'Retry-After': '1' };
    return this.random() < 0.5
      ? new GraphHttpError(429, 'TooManyRequests', 'Please retry again later.', headers)
      : new GraphHttpError(503, 'serviceNotAvailable', 'Service unavailable. Retry after the number of seconds in Retry-After.', headers);
  }

  /** Whether to drop this request's connection, and when. */
  drop(): DropPoint | undefined {
    if (this.random() >= this.current.dropRate) return undefined;
    return this.random() < 0.5 ? 'beforeWrite' : 'afterWrite';
  }
}
