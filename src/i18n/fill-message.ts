/**
 * Fills a message's `{name}` placeholders and, where English needs one, picks
 * the branch of a plural choice, written the ICU way with its `one` and
 * `other` forms only: `{count} late {count, plural, one {station} other {stations}}`
 * gives "1 late station" and "2 late stations". The branch follows the
 * language's own plural rules (Korean has one form and needs no choice).
 * Values are text, and stay text wherever they are rendered.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A branch holds text and plain `{name}` placeholders, not another choice. */
const PLURAL_CHOICE =
  /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, value: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(value);
}

export function fillMessage(template: string, params: MessageParams, lang: string): string {
  return template
    .replace(PLURAL_CHOICE, (match, name: string, one: string, other: string) =>
      name in params ? (pluralCategory(lang, Number(params[name])) === 'one' ? one : other) : match,
    )
    .replace(PLACEHOLDER, (match, name: string) => (name in params ? String(params[name]) : match));
}
