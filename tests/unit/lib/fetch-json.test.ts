// A real HTTP server on 127.0.0.1: fetch's own behaviour (resolving on 500, aborting) is the point.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError, fetchJson } from '../../../src/lib/fetch-json';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const routes: Record<string, Handler> = {
  '/ok.json': (_req, res) => {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end('\n  {"observedAt":"2024-05-21","source":"기상청","observations":[]}\n');
  },
  '/plain.json': (_req, res) => {
    // Many static hosts and CDNs serve .json as text/plain.
    res.setHeader('Content-Type', 'text/plain');
    res.end('[1,2,3]');
  },
  '/echo-accept': (req, res) => res.end(JSON.stringify({ accept: req.headers.accept ?? null })),
  '/500': (_req, res) => {
    res.statusCode = 500;
    res.end('{"error":"boom"}');
  },
  '/404': (_req, res) => {
    res.statusCode = 404;
    res.end('not found');
  },
  '/spa-fallback': (_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end('<!doctype html><html><body><div id="root"></div></body></html>');
  },
  '/empty': (_req, res) => res.end(''),
  '/blank': (_req, res) => res.end('  \n\t '),
  '/not-json': (_req, res) => res.end('{"observedAt": 2024-05-21,'),
  '/never': () => {
    // Never answers: the client's timeout has to end it.
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (route) route(req, res);
    else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function feedErrorFrom(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FeedError);
  return error as FeedError;
}

describe('fetchJson against a real server', () => {
  it('returns the parsed JSON of a good response', async () => {
    await expect(fetchJson(`${base}/ok.json`)).resolves.toEqual({
      observedAt: '2024-05-21',
      source: '기상청',
      observations: [],
    });
  });

  it('accepts JSON whatever content type the host gives it', async () => {
    await expect(fetchJson(`${base}/plain.json`)).resolves.toEqual([1, 2, 3]);
  });

  it('asks for JSON', async () => {
    await expect(fetchJson(`${base}/echo-accept`)).resolves.toEqual({
      accept: 'application/json',
    });
  });

  it('turns HTTP 500 into an http error with the status', async () => {
    const error = await feedErrorFrom(fetchJson(`${base}/500`));
    expect(error).toMatchObject({ kind: 'http', detail: '500', url: `${base}/500` });
  });

  it('turns HTTP 404 into an http error with the status', async () => {
    const error = await feedErrorFrom(fetchJson(`${base}/404`));
    expect(error).toMatchObject({ kind: 'http', detail: '404' });
  });

  it('recognises an HTML page served with 200 (a static host’s fallback)', async () => {
    const error = await feedErrorFrom(fetchJson(`${base}/spa-fallback`));
    expect(error.kind).toBe('html');
  });

  it('reports an empty body, and a body of whitespace, as empty', async () => {
    expect((await feedErrorFrom(fetchJson(`${base}/empty`))).kind).toBe('empty');
    expect((await feedErrorFrom(fetchJson(`${base}/blank`))).kind).toBe('empty');
  });

  it('reports a body that is not JSON', async () => {
    const error = await feedErrorFrom(fetchJson(`${base}/not-json`));
    expect(error.kind).toBe('not-json');
  });

  it('gives up on a server that never answers', async () => {
    const started = Date.now();
    const error = await feedErrorFrom(fetchJson(`${base}/never`, { timeoutMs: 200 }));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a closed port as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await feedErrorFrom(fetchJson(`http://127.0.0.1:${port}/data.json`));
    expect(error).toMatchObject({ kind: 'network', url: `http://127.0.0.1:${port}/data.json` });
  });

  it('passes the caller’s own cancellation through instead of calling it a feed error', async () => {
    const controller = new AbortController();
    const pending = fetchJson(`${base}/never`, { signal: controller.signal, timeoutMs: 10_000 });
    controller.abort();
    const error = await pending.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).not.toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});
