import { GraphHttpError } from './http/reply';

/**
 * SharePoint's per-application budget, as Microsoft Learn's "Avoid getting throttled or blocked
 * in SharePoint Online" describes it: every request an application makes costs resource units
 * (RU) — inside `$batch` each request on its own — the units spent in the last minute are held
 * against a budget set by the tenant's size, requests refused for being over it still count,
 * and from 80 % of the budget answers carry `RateLimit-Limit/-Remaining/-Reset`.
 */

/** The budget of the smallest tenant (up to 1,000 licences): the strictest, so the default. */
export const DEFAULT_RU_PER_MINUTE = 1200;
/** From this share of the budget answers carry the RateLimit headers. */
const WARN_FROM = 0.8;
const WINDOW_SECONDS = 60;
/** The bucket of requests whose token names no application. */
export const UNIDENTIFIED_APP = 'unidentified';

export interface ResourceUsage {
  /** RU counted since the start or the last reset, every application. */
  readonly total: number;
  readonly byApp: Readonly<Record<string, number>>;
  /** RU counted in the last 60 seconds, every application. */
  readonly lastMinute: number;
  /** Requests answered 429 for being over the budget. */
  readonly throttled: number;
}

export interface MeterVerdict {
  /** Headers to add to the answer (RateLimit-* near the budget). */
  readonly headers: Readonly<Record<string, string>>;
  /** Set when the request is refused: a 429 with Retry-After. */
  readonly refusal?: GraphHttpError;
}

interface AppWindow {
  /** RU per second, keyed by the whole second (epoch seconds). */
  readonly seconds: Map<number, number>;
}

/**
 * RU a Graph request costs, from its method and path below the Graph root (the documented
 * table: 1 single item, delta with a token, a download; 2 multi-item queries, delta without a
 * token, create, update, delete, upload; 5 permission operations).
 */
export function graphCost(method: string, path: string, query: URLSearchParams): number {
  const expand = query.get('$expand') ?? query.get('expand') ?? '';
  if (/\/permissions(\/|$)/i.test(path) || /\bpermissions\b/i.test(expand)) return 5;
  if (method !== 'GET' && method !== 'HEAD') return 2;
  if (/\/items\/delta(\(\))?\/?$/i.test(path)) return query.get('token') || query.get('$deltatoken') ? 1 : 2;
  if (/\/(items|lists|columns|versions|children|sites)\/?$/i.test(path)) return 2;
  return 1;
}

/** SharePoint REST has no published cost; reads are taken as one unit and writes as two, like Graph's. */
export function restCost(method: string): number {
  return method === 'GET' || method === 'HEAD' ? 1 : 2;
}

/** The application a bearer token names (its appid or azp claim); the signature is the service's to check, not the meter's. */
export function appIdOf(authorization: string | undefined): string {
  const token = /^Bearer\s+([\w-]+)\.([\w-]+)\.([\w-]*)$/i.exec(authorization?.trim() ?? '');
  if (!token) return UNIDENTIFIED_APP;
  try {
    const claims = JSON.parse(Buffer.from(token[2]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const app = typeof claims.appid === 'string' ? claims.appid : typeof claims.azp === 'string' ? claims.azp : undefined;
    return app && app.length <= 128 ? app : UNIDENTIFIED_APP;
  } catch {
    return UNIDENTIFIED_APP;
  }
}

/** Reads the budget setting: a whole number of RU per minute, or "unlimited" (counting, never refusing). */
export function parseBudget(raw: string | undefined, name = 'STANDIN_RU_PER_MINUTE'): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (raw.trim().toLowerCase() === 'unlimited') return Number.POSITIVE_INFINITY;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number of resource units per minute or "unlimited", not "${raw}".`);
  return value;
}

export class ResourceMeter {
  private readonly apps = new Map<string, AppWindow>();
  private totals = new Map<string, number>();
  private throttledCount = 0;

  constructor(
    readonly budgetPerMinute: number = DEFAULT_RU_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {
    if (!(budgetPerMinute > 0)) throw new RangeError(`The resource-unit budget must be above 0, not ${budgetPerMinute}.`);
  }

  /** Counts a request's cost against its application and says whether it may run. */
  charge(appId: string, cost: number): MeterVerdict {
    const nowSeconds = Math.floor(this.now() / 1000);
    const window = this.windowOf(appId, nowSeconds);
    window.seconds.set(nowSeconds, (window.seconds.get(nowSeconds) ?? 0) + cost);
    this.totals.set(appId, (this.totals.get(appId) ?? 0) + cost);
    const used = sum(window.seconds);
    const limit = this.budgetPerMinute;
    if (used > limit) {
      this.throttledCount += 1;
      const retryAfter = this.secondsUntilBelow(window, nowSeconds, limit);
      const headers = { ...this.headersFor(window, nowSeconds, used), 'Retry-After': String(retryAfter) };
      return {
        headers,
        refusal: new GraphHttpError(
          429,
          'TooManyRequests',
          `The application has used its ${limit} resource units for this minute. Retry after ${retryAfter} seconds.`,
          headers,
        ),
      };
    }
    return { headers: used >= limit * WARN_FROM ? this.headersFor(window, nowSeconds, used) : {} };
  }

  /** The RateLimit headers an application's answers carry now, without counting anything. */
  rateHeaders(appId: string): Record<string, string> {
    const nowSeconds = Math.floor(this.now() / 1000);
    const window = this.windowOf(appId, nowSeconds);
    const used = sum(window.seconds);
    return used >= this.budgetPerMinute * WARN_FROM ? this.headersFor(window, nowSeconds, used) : {};
  }

  usage(): ResourceUsage {
    const nowSeconds = Math.floor(this.now() / 1000);
    let lastMinute = 0;
    for (const appId of this.apps.keys()) lastMinute += sum(this.windowOf(appId, nowSeconds).seconds);
    const byApp = Object.fromEntries(this.totals);
    return { total: [...this.totals.values()].reduce((a, b) => a + b, 0), byApp, lastMinute, throttled: this.throttledCount };
  }

  reset(): void {
    this.apps.clear();
    this.totals = new Map();
    this.throttledCount = 0;
  }

  private windowOf(appId: string, nowSeconds: number): AppWindow {
    let window = this.apps.get(appId);
    if (!window) {
      window = { seconds: new Map() };
      this.apps.set(appId, window);
    }
    for (const second of window.seconds.keys()) if (second <= nowSeconds - WINDOW_SECONDS) window.seconds.delete(second);
    return window;
  }

  /** When the oldest units leave the window far enough for the use to fit the budget again. */
  private secondsUntilBelow(window: AppWindow, nowSeconds: number, limit: number): number {
    let used = sum(window.seconds);
    for (const second of [...window.seconds.keys()].sort((a, b) => a - b)) {
      used -= window.seconds.get(second)!;
      if (used < limit) return Math.max(1, second + WINDOW_SECONDS - nowSeconds);
    }
    return WINDOW_SECONDS;
  }

  private headersFor(window: AppWindow, nowSeconds: number, used: number): Record<string, string> {
    const oldest = Math.min(...window.seconds.keys());
    return {
      'RateLimit-Limit': String(this.budgetPerMinute),
      'RateLimit-Remaining': String(Math.max(0, this.budgetPerMinute - used)),
      'RateLimit-Reset': String(Math.max(1, oldest + WINDOW_SECONDS - nowSeconds)),
    };
  }
}

function sum(seconds: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const value of seconds.values()) total += value;
  return total;
}
