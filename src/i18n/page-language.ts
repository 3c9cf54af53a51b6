import { isLang, LANG_PREFERENCE_KEY, type Lang } from './lang';
import { readPreference } from '../utils/stored-preference';

/** `?lang=` wins; otherwise the last choice on this device; otherwise Korean. */
export function pageLanguage(fromUrl: Lang | null): Lang {
  const stored = readPreference(LANG_PREFERENCE_KEY);
  return fromUrl ?? (isLang(stored) ? stored : 'ko');
}
