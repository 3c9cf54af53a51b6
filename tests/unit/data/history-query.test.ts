// A real HTTP server: the 404-means-no-history rule is about what fetch really sees.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchHistory } from '../../../src/data/history-query';
import { FeedError } from '../../../src/lib/fetch-json';
import { aHistory } from '../support/history';

const routes: Record<string, { status: number; body: string; type?: string }> = {
  '/history.json': { status: 200, body: JSON.stringify(aHistory()) },
  '/missing.json': { status: 404, body: 'not found' },
  '/broken.json': { status: 500, body: '{}' },
  '/not-history.json': { status: 200, body: '{"times":"yesterday","stations":{}}' },
  '/fallback.json': { status: 200, body: '<!doctype html><p>app</p>', type: 'text/html' },
};

let server: Server;
let base = '';
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const route = routes[request.url ?? ''] ?? { status: 404, body: '' };
    response.statusCode = route.status;
    response.setHeader('Content-Type', route.type ?? 'application/json');
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failureOf(path: string): Promise<FeedError> {
  const error: unknown = await fetchHistory(`${base}${path}`).catch((caught: unknown) => caught);
  if (!(error instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(error)}`);
  return error;
}

describe('fetchHistory', () => {
  it('parses a published history', async () => {
    const history = await fetchHistory(`${base}/history.json`);
    expect(history?.times).toHaveLength(3);
    expect(history?.stations.get('108')?.temperature).toEqual([20.1, 21.5, 19]);
  });

  it('reads a missing file (404) as no history, not an error', async () => {
    await expect(fetchHistory(`${base}/missing.json`)).resolves.toBeNull();
  });

  it('reports any other HTTP failure', async () => {
    expect(await failureOf('/broken.json')).toMatchObject({ kind: 'http', detail: '500' });
  });

  it('reports a file that is not a history as a contract error naming the field', async () => {
    expect(await failureOf('/not-history.json')).toMatchObject({
      kind: 'contract',
      detail: 'times',
    });
  });

  it('reports an HTML page served in its place', async () => {
    expect(await failureOf('/fallback.json')).toMatchObject({ kind: 'html' });
  });
});

describe('historyQueryOptions', () => {
  /** The query's fetch with a fresh first-draw state (the setup file has released the draw). */
  async function freshQuery(urgent: boolean) {
    vi.resetModules();
    const { historyQueryOptions } = await import('../../../src/data/history-query');
    const { afterMapRequested, mapRequested } = await import('../../../src/lib/first-draw');
    requested.length = 0;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const fetched = client.fetchQuery(historyQueryOptions(`${base}/history.json`, 60_000, urgent));
    return { fetched, afterMapRequested, mapRequested };
  }

  it('waits until the map’s downloads have started: the first paint comes first', async () => {
    const { fetched, mapRequested } = await freshQuery(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested).toEqual([]);
    mapRequested();
    expect((await fetched)?.times).toHaveLength(3);
    expect(requested).toEqual(['/history.json']);
  });

  it('fetches at once when the address names an hour', async () => {
    const { fetched, afterMapRequested } = await freshQuery(true);
    expect((await fetched)?.times).toHaveLength(3);
    expect(requested).toEqual(['/history.json']);
    // In before the map was requested (or the wait had given up): it did not wait for either.
    let mapWaitOver = false;
    void afterMapRequested().then(() => (mapWaitOver = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mapWaitOver).toBe(false);
  });
});
