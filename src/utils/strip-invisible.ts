/** Format and bidi-control characters (zero-width, RTL overrides) are invisible and spoof text. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Text from a feed, without the characters a reader cannot see, trimmed. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}
