import { loadedCatalog, type MessageKey } from './catalogs';
import { fillMessage, type MessageParams } from './fill-message';
import type { Lang } from './lang';

export type { MessageKey, MessageParams };
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Fill `{name}` placeholders and plural choices (`fill-message.ts`). The language's first-view messages must be here (`loadCatalog` in
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
    return params ? fillMessage(template, params, lang) : template;
  };
}
