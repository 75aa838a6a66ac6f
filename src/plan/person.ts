/** "Sam Okafor <sam@council.gov.uk>": someone as the plan's person fields hold people. */
export function personValue(identity: { readonly displayName: string; readonly email: string }): string {
  const name = identity.displayName.replace(/[<>]/g, '').trim() || identity.email;
  return `${name} <${identity.email}>`;
}
