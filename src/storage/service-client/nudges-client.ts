import { callService, type ServiceHttpOptions } from './service-http';

type Kind = 'actionAssigned' | 'signatureRequested' | 'concernRaised';

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
    async takeDigest() {
      return (await callService<{ value: { kind: Kind; planId: string; section: string; rowKey: string; about: string; by: { email: string; displayName: string } }[] }>(base, { method: 'POST', path: '/me/digest' })).value;
    },
  };
}
