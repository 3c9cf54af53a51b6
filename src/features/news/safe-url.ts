/**
 * A feed's `url` becomes a link only when it is an absolute http(s) URL.
 * `javascript:`, `data:`, protocol-relative `//host`, relative paths and
 * anything the URL parser rejects are refused: the caller drops and reports them.
 */
const ABSOLUTE_HTTP = /^https?:\/\/[^/\\\s]/i;

export function safeUrl(raw: string): string | null {
  const candidate = raw.trim();
  if (!ABSOLUTE_HTTP.test(candidate)) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}
