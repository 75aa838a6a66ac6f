/**
 * The hosts that frame a tab, exactly as Microsoft's tab requirements page lists them
 * (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements, "Set Content
 * Security Policy headers to allow Teams and any other host applications of your app"): Teams, the
 * Microsoft 365 app, Outlook (web, consumer and the SDF ring) and the *.cloud.microsoft domains all
 * three are moving to. The page's older revision named *.skype.com for the classic Teams client;
 * it stays until that client has gone. A wildcard never matches the bare domain, so names such as
 * outlook.office.com are listed even where a wildcard seems to cover them.
 */
export const TEAMS_FRAME_ANCESTORS = [
  "'self'",
  // Teams
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.teams.cloud.microsoft',
  // The Microsoft 365 app
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://m365.cloud.microsoft',
  // Outlook
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.cloud.microsoft',
  // Every host, after the move to cloud.microsoft
  'https://*.cloud.microsoft',
  // The classic Teams client
  'https://*.skype.com',
];

/**
 * What every answer of the dev server carries: only the hosts above may frame the app; scripts
 * come only from the app itself (the Teams SDK is bundled); the app talks only to itself, Graph,
 * Entra ID sign-in and SharePoint. Styles allow inline because Fluent UI inserts its styles at
 * run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // teams-js reads the current list of Microsoft 365 host origins from Microsoft's CDN (falling back
  // to the list it ships when it cannot).
  "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com https://*.sharepoint.com https://res.cdn.office.net",
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
