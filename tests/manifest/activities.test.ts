import { ACTIVITY_TYPES, NOTIFICATION_KINDS, activityRequest, type PlanNotification } from '../../src/service/notifications';
import { ourManifest } from './helpers';

type Json = Record<string, any>;
const manifest = ourManifest() as Json;
const declared = (manifest.activities?.activityTypes ?? []) as { type: string; description: string; templateText: string }[];

describe("the manifest's activity-feed declarations", () => {
  it('declares exactly one activity type for each kind of notification the service sends', () => {
    expect(declared.map((a) => a.type).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('carries the same text the service is written against', () => {
    expect(declared).toEqual(ACTIVITY_TYPES.map((a) => ({ type: a.type, description: a.description, templateText: a.templateText })));
  });

  it.each(NOTIFICATION_KINDS)('fills every {placeholder} of "%s" from the parameters the service sends', (kind) => {
    const n: PlanNotification = { kind, to: 'ava@census.example', planId: 'p', section: 'actions', rowKey: 'a1', about: 'Book the hall', by: { email: 'sam@council.example', displayName: 'Sam Okafor' } };
    const { body } = activityRequest(n, 'Fenmouth Borough Council', 'https://teams.microsoft.com/l/entity/x/y') as { body: Json };
    const sent = new Set((body.templateParameters as { name: string }[]).map((p) => p.name));
    const template = declared.find((a) => a.type === kind)?.templateText ?? '';
    const placeholders = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(placeholders.length).toBeGreaterThan(0);
    for (const name of placeholders) expect(sent).toContain(name);
    expect(body.activityType).toBe(kind);
  });
});
