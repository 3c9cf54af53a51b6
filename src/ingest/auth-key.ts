/**
 * The KMA access key: added to the request URL under the parameter the host
 * expects, and scrubbed from every message the command prints. The key is
 * only ever sent to KMA's own API hosts.
 */

export const KEY_ENV = 'KMA_AUTH_KEY';

const KEY_PARAMETER_BY_HOST: Readonly<Record<string, string>> = {
  'apihub.kma.go.kr': 'authKey', // KMA API Hub
  'apis.data.go.kr': 'serviceKey', // 공공데이터포털 (data.go.kr)
};

const KEY_PARAMETER_NAMES = new Set(
  Object.values(KEY_PARAMETER_BY_HOST).map((name) => name.toLowerCase()),
);
/** A key parameter's value in any text (URLs, echoed requests), up to the next separator. */
const KEY_PARAMETERS = /(\b(?:authKey|serviceKey)=)[^&#\s"'<>:;,()]*/gi;

export interface KeyedUrl {
  readonly url: URL;
  readonly warning?: string;
}

/**
 * data.go.kr hands out the key both plain and URL-encoded; people paste either.
 * Decode an encoded one first, so it is encoded exactly once in the URL.
 */
function plainKey(key: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(key)) return key;
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

export function withAuthKey(url: URL, key: string | undefined): KeyedUrl {
  if (!key) return { url };
  const parameter = KEY_PARAMETER_BY_HOST[url.hostname.toLowerCase()];
  if (!parameter) {
    return {
      url,
      warning: `${KEY_ENV} is set, but ${url.hostname} is not a KMA API host; the key was not sent`,
    };
  }
  const keyed = new URL(url);
  keyed.searchParams.set(parameter, plainKey(key));
  return { url: keyed };
}

/** Keys written into the URL by hand (`?authKey=…`), so they are scrubbed like the env key. */
export function keysInUrl(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [];
  }
  return [...url.searchParams]
    .filter(([name, value]) => KEY_PARAMETER_NAMES.has(name.toLowerCase()) && value !== '')
    .map(([, value]) => value);
}

/** Every spelling of a key that can end up in a message: as given, decoded, encoded. */
function spellings(secret: string): string[] {
  const formEncoded = (text: string) => new URLSearchParams({ k: text }).toString().slice(2);
  return [...new Set([secret, plainKey(secret)])]
    .flatMap((text) => [text, encodeURIComponent(text), formEncoded(text)])
    .filter(Boolean);
}

/** Remove keys from text: the given secrets anywhere, and any authKey=/serviceKey= value. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let redacted = text.replace(KEY_PARAMETERS, '$1***');
  for (const secret of secrets) {
    if (!secret) continue;
    // Longest first, so a shorter spelling inside a longer one cannot leave a remainder.
    for (const spelling of spellings(secret).sort((a, b) => b.length - a.length)) {
      redacted = redacted.split(spelling).join('***');
    }
  }
  return redacted;
}
