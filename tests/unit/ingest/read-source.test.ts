import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/ingest-error';
import { readSource } from '../../../src/ingest/read-source';

const KEY = 'SeCrEt+Key/123==';
const API = 'https://apihub.kma.go.kr/api/typ01/url/kma_sfctm2.php?stn=0';

/** A fetch that records the URL it was asked for and answers as told. */
function fakeFetch(answer: (url: string) => Response | Promise<Response>) {
  const requested: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : input.toString();
    requested.push(url);
    return answer(url);
  }) as typeof globalThis.fetch;
  return { fetch, requested };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

describe('reading a local file', () => {
  it('returns its bytes', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'nalssi-source-'));
    const path = join(directory, 'feed.xml');
    await writeFile(path, '<weather/>');
    const source = await readSource(path);
    expect(new TextDecoder().decode(source.bytes)).toBe('<weather/>');
    expect(source.label).toBe(path);
  });

  it('says which file could not be read', async () => {
    expect(await failure(readSource('/nonexistent/feed.xml'))).toBe(
      'cannot read /nonexistent/feed.xml: ENOENT',
    );
  });
});

describe('fetching a URL', () => {
  it('sends the key and never shows it', async () => {
    const { fetch, requested } = fakeFetch(() => new Response('data'));
    const source = await readSource(API, { key: KEY, fetch });
    expect(new URL(requested[0] ?? '').searchParams.get('authKey')).toBe(KEY);
    expect(source.label).toBe(
      'https://apihub.kma.go.kr/api/typ01/url/kma_sfctm2.php?stn=0&authKey=***',
    );
  });

  it('scrubs the key from HTTP errors, even when the body echoes it', async () => {
    const { fetch } = fakeFetch(
      (url) => new Response(`Unauthorized request: ${url}`, { status: 401 }),
    );
    const message = await failure(readSource(API, { key: KEY, fetch }));
    expect(message).toMatch(
      /^HTTP 401 from https:\/\/apihub\.kma\.go\.kr\/.*authKey=\*\*\*: Unauthorized request/,
    );
    expect(message).not.toContain(KEY);
    expect(message).not.toContain(encodeURIComponent(KEY));
  });

  it('scrubs the key from network errors that quote the URL', async () => {
    const { fetch } = fakeFetch((url) => {
      throw new TypeError('fetch failed', {
        cause: new Error(`connect ECONNREFUSED for ${url} key ${KEY}`),
      });
    });
    const message = await failure(readSource(API, { key: KEY, fetch }));
    expect(message).toMatch(/^could not fetch .*: fetch failed \(connect ECONNREFUSED for .*\)$/);
    expect(message).not.toContain(KEY);
    expect(message).not.toContain(encodeURIComponent(KEY));
  });

  it('gives up after the timeout', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Promise<Response>((_resolve, reject) => {
          setTimeout(
            () =>
              reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
            5,
          );
        }),
    );
    expect(await failure(readSource(API, { fetch, timeoutMs: 1000 }))).toMatch(
      /no answer within 1 s$/,
    );
  });

  it('says when the URL is not one', async () => {
    expect(await failure(readSource('http://exa mple.org/?authKey=abc'))).toBe(
      '--from http://exa mple.org/?authKey=*** is not a valid URL.',
    );
  });

  it('passes on a warning when the key would go to another host', async () => {
    const { fetch, requested } = fakeFetch(() => new Response('data'));
    const source = await readSource('https://mirror.example.org/sfc.txt', { key: KEY, fetch });
    expect(requested).toEqual(['https://mirror.example.org/sfc.txt']);
    expect(source.warnings).toHaveLength(1);
  });
});
