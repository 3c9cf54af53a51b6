/**
 * GET a URL and return its JSON as `unknown`, or throw a `FeedError` that
 * says plainly what went wrong. `fetch` itself resolves on HTTP 500 and on
 * an HTML fallback page; this function is where those become errors.
 *
 * Content type: a body that parses as JSON is accepted whatever the server
 * calls it (plenty of static hosts and CDNs serve `.json` as `text/plain` or
 * `application/octet-stream`), except `text/html`: that is a fallback or
 * error page, even when its body happens to parse.
 */
export type FeedErrorKind =
  'http' | 'timeout' | 'network' | 'empty' | 'html' | 'not-json' | 'contract';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly url: string;
  /** HTTP status for `http`, the failing field for `contract`. */
  readonly detail: string | null;
  constructor(kind: FeedErrorKind, url: string, detail: string | null = null) {
    super(`${kind} error loading ${url}${detail ? ` (${detail})` : ''}`);
    this.kind = kind;
    this.url = url;
    this.detail = detail;
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export async function fetchJson(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<unknown> {
  // A plain timer rather than AbortSignal.timeout(): the same clock as everything
  // else on the page, so browser tests can fast-forward a hung request.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
    if (!response.ok) throw new FeedError('http', url, String(response.status));
    // The timeout covers the body too: a server that stalls mid-body is a timeout.
    text = await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timeout.signal.aborted)
      // The detail is whole seconds; the message templates add the unit in each language.
      throw new FeedError('timeout', url, String(Math.round(timeoutMs / 1000)));
    // The caller's own cancellation (TanStack Query unmounting) is not a feed problem.
    if (signal?.aborted) throw error;
    // Refused, offline, or the connection dropped mid-body.
    throw new FeedError('network', url);
  } finally {
    clearTimeout(timer);
  }
  const body = text.trim();
  if (body === '') throw new FeedError('empty', url);
  // A static host's SPA fallback answers any path with index.html and 200.
  if (isHtml(response.headers.get('Content-Type')) || body.startsWith('<'))
    throw new FeedError('html', url);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new FeedError('not-json', url);
  }
}

function isHtml(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'text/html';
}
