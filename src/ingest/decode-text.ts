/**
 * Bytes to text. KMA's API Hub text is EUC-KR (Node's full ICU decodes it);
 * XML says its own encoding in the declaration; JSON is UTF-8.
 */
import { IngestError } from './ingest-error';

/**
 * EUC-KR (WHATWG `euc-kr`, i.e. CP949). Not fatal: only comment lines carry
 * Korean, and a stray byte there must not sink the data rows.
 */
export function decodeEucKr(bytes: Uint8Array): string {
  return new TextDecoder('euc-kr').decode(bytes);
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
