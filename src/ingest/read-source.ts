/**
 * Get the source bytes: a local file, or an http(s) URL fetched with the key
 * added. Errors name the source with the key removed.
 */
import { readFile } from 'node:fs/promises';
import { redactSecrets, withAuthKey } from './auth-key';
import { IngestError } from './ingest-error';

export interface SourceBytes {
  readonly bytes: Uint8Array;
  /** The source as it may be shown: a path, or the URL without the key. */
  readonly label: string;
  readonly warnings: readonly string[];
}

export interface ReadSourceOptions {
  readonly key?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function isUrl(from: string): boolean {
  return /^https?:\/\//i.test(from);
}

export async function readSource(
  from: string,
  options: ReadSourceOptions = {},
): Promise<SourceBytes> {
  return isUrl(from) ? fetchSource(from, options) : readLocal(from);
}

async function readLocal(path: string): Promise<SourceBytes> {
  try {
    return { bytes: new Uint8Array(await readFile(path)), label: path, warnings: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new IngestError(`cannot read ${path}: ${code}`);
  }
}

async function fetchSource(from: string, options: ReadSourceOptions): Promise<SourceBytes> {
  const secrets = [options.key];
  const scrub = (text: string) => redactSecrets(text, secrets);
  let given: URL;
  try {
    given = new URL(from);
  } catch {
    throw new IngestError(scrub(`--from ${from} is not a valid URL.`));
  }
  const { url, warning } = withAuthKey(given, options.key);
  const label = scrub(url.toString());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let response: Response;
  let bytes: Uint8Array;
  try {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    response = await (options.fetch ?? fetch)(url, { signal });
    // The body can fail too (connection reset, timeout half-way).
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new IngestError(scrub(`could not fetch ${label}: ${fetchFailure(error, timeoutMs)}`));
  }
  if (!response.ok) {
    // A short look at the body: gateways explain key and quota problems there.
    const excerpt = new TextDecoder().decode(bytes.subarray(0, 400)).replace(/\s+/g, ' ').trim();
    throw new IngestError(
      scrub(`HTTP ${response.status} from ${label}${excerpt ? `: ${excerpt.slice(0, 200)}` : ''}`),
    );
  }
  return { bytes, label, warnings: warning ? [warning] : [] };
}

/** fetch() says only "fetch failed"; the reason (refused, DNS, timeout) is in `cause`. */
function fetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = cause ? String(cause.code ?? cause.message ?? '') : '';
  return detail ? `${error.message} (${detail})` : error.message;
}
