import type { RouteHandler } from '../http/context';
import { fail, noContent } from '../http/reply';

/** One activity-feed notification as Teams would hold it for its recipient. */
export interface FeedEntry {
  readonly recipient: string;
  readonly activityType: string;
  readonly topic: { readonly source: string; readonly value: string; readonly webUrl?: string };
  readonly previewText: string;
  readonly templateParameters: readonly { readonly name: string; readonly value: string }[];
  readonly from: string;
  readonly at: string;
}

/**
 * What Teams' activity feed would show each person, kept in memory: Graph has no API to read a
 * feed back, so tests and the demo read it from `GET /_standin/activity-feed?user=<email>`.
 */
export class ActivityFeed {
  private readonly entries: FeedEntry[] = [];

  add(entry: FeedEntry): void {
    this.entries.push(entry);
  }

  of(user: string): readonly FeedEntry[] {
    const who = user.toLowerCase();
    return this.entries.filter((e) => e.recipient === who);
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * `POST /users/{id | userPrincipalName}/teamwork/sendActivityNotification`, checked as Graph
 * checks it: an activity type, a topic of source `text` (value and a Teams `webUrl`) or
 * `entityUrl`, and preview text; Teams shows the first 150 characters of the preview. 204.
 */
export const postActivityNotification: RouteHandler = (req, params, services) => {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const topic = (body.topic ?? {}) as Record<string, unknown>;
  const preview = (body.previewText ?? {}) as Record<string, unknown>;
  if (!isText(body.activityType)) throw fail.badRequest('activityType is required.');
  if (topic.source !== 'text' && topic.source !== 'entityUrl') throw fail.badRequest("topic.source must be 'text' or 'entityUrl'.");
  if (!isText(topic.value)) throw fail.badRequest('topic.value is required.');
  if (topic.source === 'text' && !isText(topic.webUrl)) throw fail.badRequest("topic.webUrl is required when topic.source is 'text'.");
  if (!isText(preview.content)) throw fail.badRequest('previewText.content is required.');
  const parameters = Array.isArray(body.templateParameters) ? body.templateParameters : [];
  if (!parameters.every((p) => isText((p as Record<string, unknown>)?.name) && typeof (p as Record<string, unknown>)?.value === 'string')) {
    throw fail.badRequest('templateParameters must be name/value pairs.');
  }
  const recipient = decodeURIComponent(params.user ?? '').toLowerCase();
  if (!recipient.includes('@')) throw fail.notFound(`No user "${recipient}" in this tenant.`);
  services.activity?.add({
    recipient,
    activityType: body.activityType,
    topic: { source: String(topic.source), value: String(topic.value), ...(isText(topic.webUrl) && { webUrl: topic.webUrl }) },
    previewText: String(preview.content).slice(0, 150),
    templateParameters: parameters as FeedEntry['templateParameters'],
    from: req.caller.email,
    at: new Date().toISOString(),
  });
  return noContent();
};
