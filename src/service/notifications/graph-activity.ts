import type { PlanNotification } from './kinds';

/** Where a notification opens: the row in the tab, as a Teams deep link to the app's tab. */
export interface DeepLinks {
  /** The tab's own address for the row (`/?surface=tab&plan=…#/plan/…/section/…?row=…`). */
  rowUrl(n: PlanNotification): string;
  /** The Teams link that opens that address inside Teams (`https://teams.microsoft.com/l/entity/…`). */
  teamsUrl(n: PlanNotification): string;
}

/** The tab's address for a notification's row, on the given origin. */
export function rowUrl(origin: string, n: PlanNotification): string {
  const url = new URL('/', origin);
  url.searchParams.set('surface', 'tab');
  url.searchParams.set('plan', n.planId);
  const path = n.section === 'plan' ? `/plan/${encodeURIComponent(n.planId)}/sign-off` : `/plan/${encodeURIComponent(n.planId)}/section/${n.section}?row=${encodeURIComponent(n.rowKey)}`;
  return `${url.toString()}#${path}`;
}

/**
 * A Teams deep link to the app's personal tab with the row as `subEntityId`, which the tab reads
 * from its context on open (the `webUrl` of a `text` topic must be a Teams link).
 */
export function teamsEntityUrl(appId: string, entityId: string, webUrl: string, n: PlanNotification): string {
  const context = JSON.stringify({ subEntityId: `${n.planId}/${n.section}/${n.rowKey}` });
  const params = new URLSearchParams({ webUrl, label: n.about.slice(0, 60), context });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?${params.toString()}`;
}

/** The preview line, as the manifest's template would read it, cut to what Teams shows. */
export function previewOf(n: PlanNotification): string {
  const text = n.kind === 'signatureRequested' ? `Please sign the partnership plan: ${n.about}` : n.about;
  return text.length > 150 ? `${text.slice(0, 149)}…` : text;
}

/** `POST /users/{email}/teamwork/sendActivityNotification`: path and body, as Graph documents them. */
export function activityRequest(n: PlanNotification, planTitle: string, webUrl: string): { path: string; body: unknown } {
  return {
    path: `/users/${encodeURIComponent(n.to)}/teamwork/sendActivityNotification`,
    body: {
      topic: { source: 'text', value: planTitle, webUrl },
      activityType: n.kind,
      previewText: { content: previewOf(n) },
      templateParameters: [
        { name: 'actor', value: n.by.displayName || n.by.email },
        { name: 'plan', value: planTitle },
      ],
    },
  };
}
