const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/;

/**
 * The language of a news text, for its `lang` attribute. The feed carries no
 * language, and its articles are Korean: on the English page they must be
 * marked, or screen readers read Korean with an English voice (WCAG 3.1.2).
 * Text without Hangul inherits the page's language.
 */
export function contentLang(text: string): 'ko' | undefined {
  return HANGUL.test(text) ? 'ko' : undefined;
}
