/**
 * One Hangul syllable in the Revised Romanization, on its own (no sound
 * changes across syllables): 구 → gu, 군 → gun, 속 → sok. Enough to find
 * where an English station name's syllables end; a table of 19 + 21 + 28
 * entries rather than es-hangul's `romanize`, which would add its whole
 * pronunciation engine (~7 KB gzip) to the dashboard's first load.
 */
const INITIALS = 'g kk n d tt r m b pp s ss _ j jj ch k t p h'.split(' ');
const MEDIALS = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ');
const FINALS = '_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ');

const FIRST = 0xac00;
const LAST = 0xd7a3;

/** Latin for a Hangul syllable; any other character comes back lower-cased. */
export function romanizeSyllable(syllable: string): string {
  const code = syllable.codePointAt(0) ?? 0;
  if (syllable.length !== 1 || code < FIRST || code > LAST) return syllable.toLowerCase();
  const index = code - FIRST;
  const initial = INITIALS[Math.floor(index / 588)]!;
  const medial = MEDIALS[Math.floor((index % 588) / 28)]!;
  const final = FINALS[index % 28]!;
  return (initial === '_' ? '' : initial) + medial + (final === '_' ? '' : final);
}
