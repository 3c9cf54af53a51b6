import { loadedCatalog } from './catalogs';
import type { Lang } from './lang';
import type { MessageKey } from './messages.ko';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Fill `{name}` placeholders. Values are text, and stay text wherever they are
 * rendered. The language's catalog must be here (`loadCatalog` in catalogs.ts).
 */
export function createTranslator(lang: Lang): Translate {
  const catalog = loadedCatalog(lang);
  if (!catalog)
    throw new Error(`The ${lang} messages are not loaded: await loadCatalog('${lang}').`);
  return (key, params) => {
    const template = catalog[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}
