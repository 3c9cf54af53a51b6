import { useCallback, useEffect } from 'react';
import type { Lang } from '../i18n/lang';
import { isLang } from '../i18n/lang';
import { readPreference, writePreference } from '../utils/stored-preference';
import { useUrlState } from './use-url-state';

const STORAGE_KEY = 'nalssi:lang';

/** `?lang=` wins; otherwise the last choice on this device; otherwise Korean. */
export function useLanguage(): [Lang, (lang: Lang) => void] {
  const [urlState, updateUrl] = useUrlState();
  const stored = readPreference(STORAGE_KEY);
  const lang: Lang = urlState.lang ?? (isLang(stored) ? stored : 'ko');

  useEffect(
    function applyDocumentLanguage() {
      document.documentElement.lang = lang;
      if (urlState.lang) writePreference(STORAGE_KEY, urlState.lang);
    },
    [lang, urlState.lang],
  );

  const setLang = useCallback(
    (next: Lang) => {
      writePreference(STORAGE_KEY, next);
      updateUrl({ lang: next }, 'replace');
    },
    [updateUrl],
  );
  return [lang, setLang];
}
