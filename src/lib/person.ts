import type { Identity } from '../storage/port';

/** "Sam Okafor <sam@council.gov.uk>": someone as the plan's person fields hold people. */
export function personValue(identity: Identity): string {
  const name = identity.displayName.replace(/[<>]/g, '').trim() || identity.email;
  return `${name} <${identity.email}>`;
}
