/**
 * Entry point for Playwright's portal webServer: a plain HTML "portal" on a
 * second origin (another port on 127.0.0.1) that pastes the embed snippet.
 * The snippet's host is the app under test: `?app=<origin>` on the portal
 * page picks it (each Playwright project serves the app from its own origin),
 * and any other value falls back to the Node-served app.
 */
import { startStaticServer } from './static-server';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const port = option('--port', 4318);
const defaultApp = `http://127.0.0.1:${option('--app-port', 4317)}`;
/** Only a loopback origin: the portal never loads a script from anywhere else. */
const LOOPBACK_ORIGIN = /^http:\/\/127\.0\.0\.1:\d{1,5}$/;

const server = await startStaticServer({
  root: 'tests/e2e/fixtures/portal',
  port,
  rewriteHtml: function insertAppOrigin(html, url) {
    const app = url.searchParams.get('app') ?? '';
    return html.replaceAll('{{APP_ORIGIN}}', LOOPBACK_ORIGIN.test(app) ? app : defaultApp);
  },
});
console.log(`serving the test portal on http://127.0.0.1:${port}/ (app ${defaultApp})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
