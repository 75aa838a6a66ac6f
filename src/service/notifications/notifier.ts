import { activityRequest } from './graph-activity';
import { graphCaller } from './person-settings-list';
import type { DigestStore } from './digest';
import type { PlanNotification } from './kinds';
import type { NotificationPreferences } from './preferences';

/** Posts one Graph request (with the service's app token); resolves when Graph accepted it. */
export type GraphPost = (path: string, body: unknown) => Promise<void>;

export interface NotifierOptions {
  readonly post: GraphPost;
  readonly preferences: NotificationPreferences;
  readonly digest: DigestStore;
  /**
   * True when Teams can deliver to the person's activity feed: someone in the app's own tenant.
   * Teams does not deliver activity-feed notifications across tenants, so a council person who
   * is not a member there gets the digest instead.
   */
  reachable(email: string): boolean;
  /** The plan's title for the topic line ("Fenmouth Borough Council"). */
  planTitle(planId: string): string;
  /** The Teams link that opens the notification's row. */
  link(n: PlanNotification): string;
  readonly onError?: (error: unknown, n: PlanNotification) => void;
}

export type NotifyOutcome = 'sent' | 'digest' | 'off' | 'failed';

/**
 * The one place notifications leave the service: honours each person's opt-outs, sends to the
 * Teams activity feed where Teams can deliver, keeps a digest for the rest. A failed send never
 * fails the write that caused it; it is reported to `onError` and kept in the digest.
 */
export function createNotifier(options: NotifierOptions) {
  const one = async (n: PlanNotification): Promise<NotifyOutcome> => {
    if (await options.preferences.isOff(n.to, n.kind)) return 'off';
    if (!options.reachable(n.to)) {
      await options.digest.add(n);
      return 'digest';
    }
    const { path, body } = activityRequest(n, options.planTitle(n.planId), options.link(n));
    try {
      await options.post(path, body);
      return 'sent';
    } catch (error) {
      options.onError?.(error, n);
      await options.digest.add(n);
      return 'failed';
    }
  };
  return {
    notify: (list: readonly PlanNotification[]): Promise<NotifyOutcome[]> => Promise.all(list.map(one)),
  };
}

export type Notifier = ReturnType<typeof createNotifier>;

/** A Graph poster over fetch, for the service's Graph base URL and app token. */
export function graphPoster(baseUrl: string, token: () => Promise<string | undefined>, fetchImpl: typeof fetch = fetch): GraphPost {
  const call = graphCaller(baseUrl, token, fetchImpl);
  return async (path, body) => {
    const answer = await call('POST', path, body);
    if (answer.status >= 300) throw new Error(`Graph refused the notification (${answer.status}): ${JSON.stringify(answer.body)}`);
  };
}
