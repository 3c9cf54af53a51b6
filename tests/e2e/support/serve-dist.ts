/** Entry point for Playwright's webServer: serve dist/ on 127.0.0.1 until killed. */
import { startStaticServer } from './static-server';

const portIndex = process.argv.indexOf('--port');
const port = portIndex >= 0 ? Number(process.argv[portIndex + 1]) : 4317;
const server = await startStaticServer({ root: 'dist', port });
console.log(`serving dist on http://127.0.0.1:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
