/**
 * What every answer of the dev server carries. The tab runs framed by Teams (and Outlook and
 * microsoft365.com), so frame-ancestors names exactly those hosts and nothing else; scripts come
 * only from the app itself (the Teams SDK is bundled); the app talks only to itself, Graph,
 * Entra ID sign-in and SharePoint. Styles allow inline because Fluent UI inserts its styles at
 * run time.
 */
export const TEAMS_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.skype.com',
];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com https://*.sharepoint.com",
  // MSAL renews tokens in a hidden frame on the sign-in host.
  "frame-src 'self' https://login.microsoftonline.com",
  `frame-ancestors ${TEAMS_FRAME_ANCESTORS.join(' ')}`,
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
