import { loadedCatalog, type MessageKey } from './catalogs';
import type { Lang } from './lang';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Fill `{name}` placeholders. Values are text, and stay text wherever they are
 * rendered. The language's first-view messages must be here (`loadCatalog` in
 * catalogs.ts); a deferred message asked for before its part has come is a
 * bug (code before the first draw that should use a first-view key), shown as
 * its key and logged rather than thrown.
 */
export function createTranslator(lang: Lang): Translate {
  const catalog = loadedCatalog(lang);
  if (!catalog)
    throw new Error(`The ${lang} messages are not loaded: await loadCatalog('${lang}').`);
  return (key, params) => {
    const template = catalog[key];
    if (template === undefined) {
      console.error(`[nalssi] The ${lang} message "${key}" is not loaded yet.`);
      return key;
    }
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}
