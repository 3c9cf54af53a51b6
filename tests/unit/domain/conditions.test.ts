import { describe, expect, it } from 'vitest';
import {
  CONDITION_ICONS,
  CONDITION_ORDER,
  CONDITIONS,
  OTHER_CONDITION,
  classifyCondition,
  conditionDefinition,
  conditionKeyFromInput,
  conditionLabel,
} from '../../../src/domain/conditions';

const ALL = [...CONDITIONS, OTHER_CONDITION];

describe('the condition table', () => {
  it('has unique codes, Korean words and English words', () => {
    for (const field of ['code', 'ko', 'en'] as const) {
      const values = ALL.map((definition) => definition[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it('uses URL-safe codes', () => {
    for (const { code } of ALL) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives every condition an icon that exists and a hex colour', () => {
    for (const definition of ALL) {
      expect(CONDITION_ICONS[definition.icon], definition.code).toMatch(/^M/);
      expect(definition.color, definition.code).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('has no alias that is also another condition’s code or word', () => {
    const owner = new Map<string, string>();
    for (const definition of CONDITIONS) {
      const spellings = [
        definition.code,
        definition.ko,
        ...('aliases' in definition ? definition.aliases : []),
      ];
      for (const spelling of spellings) {
        expect(owner.get(spelling) ?? definition.code, spelling).toBe(definition.code);
        owner.set(spelling, definition.code);
      }
    }
  });

  it('knows every KMA word named in the feed contract', () => {
    const words = '맑음 구름조금 구름많음 흐림 안개 연무 박무 비 소나기 눈 진눈깨비 뇌우 황사';
    for (const word of words.split(' ')) {
      expect(classifyCondition(word).key, word).not.toBe('other');
    }
  });

  it('orders chips and legends by the table, with other last', () => {
    expect(CONDITION_ORDER).toEqual([...CONDITIONS.map((d) => d.code), 'other']);
  });
});

describe('classifyCondition', () => {
  it.each([
    ['맑음', 'clear'],
    [' 구름조금 ', 'partly-cloudy'],
    ['구름많음', 'mostly-cloudy'],
    ['흐림', 'overcast'],
    ['clear', 'clear'],
    ['Partly-Cloudy', 'partly-cloudy'],
    ['소낙비', 'shower'],
    ['천둥번개', 'thunderstorm'],
    ['비/눈', 'sleet'],
    ['관측없음', 'not-observed'],
  ])('classifies %j as %s', (input, key) => {
    expect(classifyCondition(input)).toEqual({ key, raw: input.trim() });
  });

  it.each(['햇무리', 'sunny', '맑 음', '__proto__', 'constructor'])(
    'keeps the unknown word %j as written, keyed other',
    (word) => {
      expect(classifyCondition(word)).toEqual({ key: 'other', raw: word });
    },
  );
});

describe('conditionLabel', () => {
  it('shows a known condition in the reader’s language', () => {
    const condition = classifyCondition('partly-cloudy');
    expect(conditionLabel(condition, 'ko')).toBe('구름조금');
    expect(conditionLabel(condition, 'en')).toBe('Partly cloudy');
  });

  it('shows an unknown word exactly as the feed wrote it, in both languages', () => {
    const condition = classifyCondition('햇무리');
    expect(conditionLabel(condition, 'ko')).toBe('햇무리');
    expect(conditionLabel(condition, 'en')).toBe('햇무리');
  });
});

describe('conditionDefinition', () => {
  it('finds a definition by key, and 기타 for other', () => {
    expect(conditionDefinition('rain')).toMatchObject({ ko: '비', en: 'Rain' });
    expect(conditionDefinition('other')).toBe(OTHER_CONDITION);
  });
});

describe('conditionKeyFromInput (as in ?sky=)', () => {
  it.each([
    ['clear', 'clear'],
    ['맑음', 'clear'],
    [' 구름조금', 'partly-cloudy'],
    ['other', 'other'],
    ['기타', 'other'],
    ['소낙비', 'shower'],
  ])('reads %j as %s', (input, key) => {
    expect(conditionKeyFromInput(input)).toBe(key);
  });

  it.each(['', 'sunny', '햇무리', 'toString', '__proto__'])('gives null for %j', (input) => {
    expect(conditionKeyFromInput(input)).toBeNull();
  });
});
