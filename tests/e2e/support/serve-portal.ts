/**
 * Entry point for Playwright's second webServer: a plain HTML "portal" on a
 * second origin (another port on 127.0.0.1) that pastes the embed snippet.
 */
import { startStaticServer } from './static-server';

const portIndex = process.argv.indexOf('--port');
const port = portIndex >= 0 ? Number(process.argv[portIndex + 1]) : 4318;
const server = await startStaticServer({ root: 'tests/e2e/fixtures/portal', port });
console.log(`serving the test portal on http://127.0.0.1:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
