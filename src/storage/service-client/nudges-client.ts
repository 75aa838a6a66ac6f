import { callService, type ServiceHttpOptions } from './service-http';

type Kind = 'actionAssigned' | 'signatureRequested' | 'concernRaised';
type Kept = { id: string; kind: Kind; planId: string; section: string; rowKey: string; about: string; by: { email: string; displayName: string } };

/**
 * The plan service's notification routes for the signed-in person (see README, "Nudges"): asking
 * to sign, their own opt-outs, and the digest of nudges Teams could not deliver to them.
 */
export function createNudgesClient(options: ServiceHttpOptions) {
  const base = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') };
  return {
    async askToSign(planId: string): Promise<number> {
      const answer = await callService<{ asked: number }>(base, { method: 'POST', path: `/plans/${encodeURIComponent(planId)}/signature-requests` });
      return answer.asked;
    },
    settings: () => callService<{ kinds: Kind[]; off: Kind[] }>(base, { method: 'GET', path: '/me/notification-settings' }),
    async saveSettings(off: readonly Kind[]): Promise<Kind[]> {
      return (await callService<{ off: Kind[] }>(base, { method: 'PUT', path: '/me/notification-settings', body: { off } })).off;
    },
    async readDigest(): Promise<Kept[]> {
      return (await callService<{ value: Kept[] }>(base, { method: 'GET', path: '/me/digest' })).value;
    },
    /**
     * Says these digest items were seen. `keepalive`, because following an item's link leaves the
     * page: the request is still sent as it unloads (and if it is lost the item shows again, not never).
     */
    async markDigestSeen(ids: readonly string[]): Promise<void> {
      const fetchImpl = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
      const keepalive: typeof fetch = (input, init) => fetchImpl(input, { ...init, keepalive: true });
      await callService({ ...base, fetchImpl: keepalive }, { method: 'POST', path: '/me/digest/seen', body: { ids } });
    },
  };
}
