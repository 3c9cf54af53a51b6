import type { Lang } from './lang';
import { en } from './messages.en';
import { ko, type MessageKey } from './messages.ko';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { ko, en };

/** Fill `{name}` placeholders. Values are text, and stay text wherever they are rendered. */
export function createTranslator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  return (key, params) => {
    const template = catalog[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}
