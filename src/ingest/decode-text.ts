/**
 * Bytes to text. KMA's API Hub text is EUC-KR (Node's full ICU decodes it),
 * or UTF-8 once someone has saved it; XML says its own encoding in the
 * declaration; JSON is UTF-8.
 */
import { IngestError } from './ingest-error';

/**
 * EUC-KR (WHATWG `euc-kr`, i.e. CP949). Not fatal: only comment lines carry
 * Korean, and a stray byte there must not sink the data rows.
 */
export function decodeEucKr(bytes: Uint8Array): string {
  return new TextDecoder('euc-kr').decode(bytes);
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/**
 * API Hub text as sent (EUC-KR) or as saved by an editor or passed through a
 * re-encoding proxy (UTF-8). Valid UTF-8 that carries Hangul is UTF-8: EUC-KR
 * Korean is almost never valid UTF-8. Anything else is read as EUC-KR, which
 * reads plain ASCII the same.
 */
export function decodeKmaText(bytes: Uint8Array): string {
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (HANGUL.test(text)) return text;
  } catch {
    // Not UTF-8: EUC-KR below.
  }
  return decodeEucKr(bytes);
}

/** Decode strictly, so a mislabelled body fails with a message instead of turning into mojibake. */
export function decodeStrict(bytes: Uint8Array, encoding: string, what: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new IngestError(`${what}: unsupported text encoding "${encoding}".`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new IngestError(`${what}: the bytes are not valid ${encoding}.`);
  }
}

const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** The encoding named in an XML declaration, UTF-8 when there is none (the XML default). */
export function xmlEncoding(bytes: Uint8Array): string {
  // The declaration is ASCII by definition; a UTF-8 BOM before it is allowed.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + 200));
  return DECLARED_ENCODING.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}
