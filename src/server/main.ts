/**
 * `npx tsx src/server/main.ts` (or `npm start`): the development server. Prints where the app and
 * the local SharePoint stand-in are; stops with a clear message on a bad setting.
 */
import { startDevServer } from './dev-server';

startDevServer()
  .then((server) => {
    const lines = [`LAPP for Teams development server`, `  App:         ${server.url}/`];
    if (server.mode === 'local') {
      lines.push(
        `  Stand-in:    ${server.standInUrl}  (local SharePoint stand-in: development and tests only, not for real data)`,
        `  SharePoint:  ${server.sharePointSiteUrl}/_api  (views and versioning)`,
        `  Site id:     ${server.siteId}`,
      );
    } else {
      lines.push('  Mode:        tenant (Microsoft Graph and SharePoint of the configured tenant; no stand-in)');
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const hint = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? ' Another server is using that port: set PORT to use another.' : '';
    process.stderr.write(`The development server could not start: ${message}${hint}\n`);
    process.exit(1);
  });
