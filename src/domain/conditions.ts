/**
 * The one table that owns the sky-condition vocabulary: code, Korean word,
 * English word, icon and colour. Everything else (parser, chips, list, map,
 * ticker, ingest) asks this table; nothing else spells a condition.
 *
 * Colours are chosen to stay distinguishable on the light and the dark base
 * map and to carry white icon glyphs at ≥ 3:1. They never stand alone: the
 * icon and the word always go with them.
 */
import { CONDITION_ICONS, type ConditionIconName } from './condition-icons';

export interface ConditionDefinition {
  /** Stable ASCII code, used in URLs and accepted in feeds. */
  readonly code: string;
  /** The KMA word as it appears in the portal strips. */
  readonly ko: string;
  readonly en: string;
  readonly icon: ConditionIconName;
  /** Marker fill. */
  readonly color: string;
  /** Other spellings accepted on input (older KMA terms, common variants). */
  readonly aliases?: readonly string[];
}

export const CONDITIONS = [
  { code: 'clear', ko: '맑음', en: 'Clear', icon: 'sun', color: '#c2410c' },
  {
    code: 'partly-cloudy',
    ko: '구름조금',
    en: 'Partly cloudy',
    icon: 'sunCloud',
    color: '#0369a1',
  },
  {
    code: 'mostly-cloudy',
    ko: '구름많음',
    en: 'Mostly cloudy',
    icon: 'cloudSun',
    color: '#64748b',
  },
  { code: 'overcast', ko: '흐림', en: 'Overcast', icon: 'cloud', color: '#334155' },
  { code: 'fog', ko: '안개', en: 'Fog', icon: 'fog', color: '#7e22ce' },
  { code: 'mist', ko: '박무', en: 'Mist', icon: 'fog', color: '#9333ea' },
  { code: 'haze', ko: '연무', en: 'Haze', icon: 'haze', color: '#be185d' },
  { code: 'yellow-dust', ko: '황사', en: 'Yellow dust', icon: 'haze', color: '#a16207' },
  {
    code: 'drizzle',
    ko: '이슬비',
    en: 'Drizzle',
    icon: 'rain',
    color: '#0e7490',
    aliases: ['안개비', '가랑비'],
  },
  { code: 'rain', ko: '비', en: 'Rain', icon: 'rain', color: '#4338ca' },
  {
    code: 'shower',
    ko: '소나기',
    en: 'Showers',
    icon: 'rain',
    color: '#3730a3',
    aliases: ['소낙비'],
  },
  {
    code: 'sleet',
    ko: '진눈깨비',
    en: 'Sleet',
    icon: 'snow',
    color: '#0f766e',
    aliases: ['비/눈'],
  },
  {
    code: 'snow',
    ko: '눈',
    en: 'Snow',
    icon: 'snow',
    color: '#0891b2',
    aliases: ['소낙눈', '싸락눈'],
  },
  {
    code: 'thunderstorm',
    ko: '뇌우',
    en: 'Thunderstorm',
    icon: 'bolt',
    color: '#b91c1c',
    aliases: ['뇌전', '천둥번개'],
  },
  { code: 'hail', ko: '우박', en: 'Hail', icon: 'snow', color: '#155e75' },
  {
    code: 'not-observed',
    ko: '관측 없음',
    en: 'Not observed',
    icon: 'none',
    color: '#78716c',
    aliases: ['-'],
  },
] as const satisfies readonly ConditionDefinition[];

export type ConditionCode = (typeof CONDITIONS)[number]['code'];

/** The bucket for words the table does not know: kept, shown as written, counted as 기타. */
export const OTHER_CONDITION = {
  code: 'other',
  ko: '기타',
  en: 'Other',
  icon: 'unknown',
  color: '#57534e',
} as const satisfies ConditionDefinition;

export type ConditionKey = ConditionCode | typeof OTHER_CONDITION.code;

/** A condition as carried by one observation. */
export interface Condition {
  readonly key: ConditionKey;
  /** What the feed said, trimmed. Shown as written when the table does not know it. */
  readonly raw: string;
}

const byInput = new Map<string, ConditionDefinition>();
for (const definition of CONDITIONS) {
  byInput.set(definition.code, definition);
  byInput.set(definition.ko, definition);
  byInput.set(definition.ko.replace(/\s+/g, ''), definition);
  for (const alias of 'aliases' in definition ? definition.aliases : [])
    byInput.set(alias, definition);
}

/** Turn a feed's condition word or code into a condition. Never throws, never drops. */
export function classifyCondition(input: string): Condition {
  const raw = input.trim();
  const known = byInput.get(raw) ?? byInput.get(raw.toLowerCase());
  return { key: (known?.code ?? OTHER_CONDITION.code) as ConditionKey, raw };
}

/** Accept a code or a Korean word (as in `?sky=` or `data-sky=`) and give the key, or null. */
export function conditionKeyFromInput(input: string): ConditionKey | null {
  const trimmed = input.trim();
  if (trimmed === OTHER_CONDITION.code || trimmed === OTHER_CONDITION.ko)
    return OTHER_CONDITION.code;
  const known = byInput.get(trimmed) ?? byInput.get(trimmed.toLowerCase());
  return known ? (known.code as ConditionCode) : null;
}

export function conditionDefinition(key: ConditionKey): ConditionDefinition {
  return CONDITIONS.find((definition) => definition.code === key) ?? OTHER_CONDITION;
}

/** The word to show for one observation's condition in the given language. */
export function conditionLabel(condition: Condition, lang: 'ko' | 'en'): string {
  if (condition.key === OTHER_CONDITION.code) return condition.raw;
  return conditionDefinition(condition.key)[lang];
}

/** Table order, used to order chips and legends. */
export const CONDITION_ORDER: readonly ConditionKey[] = [
  ...CONDITIONS.map((definition) => definition.code),
  OTHER_CONDITION.code,
];

export { CONDITION_ICONS };
