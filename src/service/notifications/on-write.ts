import type { PlanPeople } from '../../plan';
import type { RowWritten } from '../plan-service';
import { notificationsForWrite } from './derive';
import { rowUrl, teamsEntityUrl } from './graph-activity';
import type { PlanNotification } from './kinds';
import { MemoryDigest, type DigestStore } from './digest';
import { createNotifier, graphPoster, type Notifier } from './notifier';
import { MemoryPreferences, type NotificationPreferences } from './preferences';

export interface NotificationsSetup {
  readonly notifier: Notifier;
  readonly preferences: NotificationPreferences;
  readonly digest: DigestStore;
  /** The PlanService's `onWritten`: derives the nudges a write causes and sends them, in the background. */
  written(written: RowWritten): void;
}

export interface NotificationsOptions {
  /** Graph v1.0 (or the stand-in's), where `sendActivityNotification` is posted. */
  readonly graphBaseUrl: string;
  /** The service's app-only token (TeamsActivity.Send). */
  readonly token: () => Promise<string | undefined>;
  /** Where the tab is served, for the link each notification opens. */
  readonly tabOrigin: string;
  /** Email domains of the tenant the app is installed in: Teams reaches those people; others get the digest. */
  readonly homeDomains: readonly string[];
  /** Inside Teams the topic's link must be a Teams deep link to the app; absent in local mode. */
  readonly teamsApp?: { readonly appId: string; readonly entityId: string };
  /** Where opt-outs are kept (a SharePoint list in the plan's site); in memory when absent. */
  readonly preferences?: NotificationPreferences;
  /** Where the digest is kept (the same list); in memory when absent. */
  readonly digest?: DigestStore;
  readonly onError?: (error: unknown) => void;
}

/** Nudges for the plan service: activity feed where Teams delivers, a digest for the rest. */
export function setUpNotifications(options: NotificationsOptions): NotificationsSetup {
  const preferences = options.preferences ?? new MemoryPreferences();
  const digest = options.digest ?? new MemoryDigest();
  const titles = new Map<string, string>();
  const domains = options.homeDomains.map((d) => d.toLowerCase().replace(/^@/, ''));
  const link = (n: PlanNotification) => {
    const web = rowUrl(options.tabOrigin, n);
    return options.teamsApp ? teamsEntityUrl(options.teamsApp.appId, options.teamsApp.entityId, web, n) : web;
  };
  const notifier = createNotifier({
    post: graphPoster(options.graphBaseUrl, options.token),
    preferences,
    digest,
    reachable: (email) => domains.some((d) => email.toLowerCase().endsWith(`@${d}`)),
    planTitle: (planId) => titles.get(planId) ?? planId,
    link,
    onError: (error) => options.onError?.(error),
  });
  return {
    notifier,
    preferences,
    digest,
    written: ({ planId, header, before, after, by }) => {
      const council = header.values.CouncilName;
      if (typeof council === 'string' && council) titles.set(planId, council);
      const list = notificationsForWrite(planId, header.values as PlanPeople, { before, after }, by);
      if (list.length > 0) void notifier.notify(list).catch((error: unknown) => options.onError?.(error));
    },
  };
}
