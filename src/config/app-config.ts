import * as z from 'zod/mini';

/** zod/mini carries no wording of its own (that keeps it small), so each rule says what is wrong. */
const webAddress = () => z.url({ message: 'must be a web address, like https://…' });
const required = () => z.string({ message: 'is required' }).check(z.minLength(1, { message: 'is required' }));

/**
 * What the tab needs to know at run time, served by the web server as `/app-config.json` so that
 * one build runs both against the local stand-in and in a real tenant.
 */
export const appConfigSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({
      mode: z.literal('local'),
      /** The stand-in's Graph root, e.g. http://localhost:53000/graph/v1.0 */
      graphBaseUrl: webAddress(),
      siteId: required(),
    }),
    z.object({
      mode: z.literal('tenant'),
      graphBaseUrl: z._default(webAddress(), 'https://graph.microsoft.com/v1.0'),
      siteId: required(),
      /** Entra application (client) id of the tab's app registration. */
      clientId: z.uuid({ message: 'must be a GUID, the app registration’s client id' }),
      /** Tenant id or "organizations"; guests sign in to the tenant that holds the site. */
      authority: webAddress(),
      /** https://{tenant}.sharepoint.com — for SharePoint REST (views), which needs its own token. */
      sharePointOrigin: z.optional(webAddress()),
    }),
  ],
  { message: 'must be "local" or "tenant"' },
);

export type AppConfig = z.infer<typeof appConfigSchema>;

/** Parses the served config, with a message that names what is wrong. */
export function parseAppConfig(json: unknown): AppConfig {
  const result = appConfigSchema.safeParse(json);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ');
    throw new Error(`The app's configuration is not valid (${detail}).`);
  }
  return result.data;
}
