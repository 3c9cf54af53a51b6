import { romanize } from 'es-hangul';
import { describe, expect, it } from 'vitest';
import { romanizeSyllable } from '../../../src/domain/romanize-syllable';
import { loadSampleFeed } from '../support/sample-feed';

describe('romanizeSyllable', () => {
  it('spells single syllables in the Revised Romanization', () => {
    expect(
      ['구', '군', '속', '초', '대', '관', '령', '의', '쌍', '흙'].map(romanizeSyllable),
    ).toEqual(['gu', 'gun', 'sok', 'cho', 'dae', 'gwan', 'ryeong', 'ui', 'ssang', 'heuk']);
  });

  it('agrees with es-hangul on every syllable of the sample’s station names', () => {
    const syllables = new Set(loadSampleFeed().observations.flatMap((o) => [...o.nameKo]));
    for (const syllable of syllables)
      expect(romanizeSyllable(syllable), syllable).toBe(romanize(syllable));
  });

  it('returns anything else lower-cased', () => {
    expect(romanizeSyllable('A')).toBe('a');
    expect(romanizeSyllable('7')).toBe('7');
  });
});
