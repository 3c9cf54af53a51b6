import { useCallback, useEffect } from 'react';
import { LANG_PREFERENCE_KEY, type Lang } from '../i18n/lang';
import { pageLanguage } from '../i18n/page-language';
import { writePreference } from '../utils/stored-preference';
import { useUrlState } from './use-url-state';

/** The page's language (`i18n/page-language.ts`) and a setter that remembers the choice. */
export function useLanguage(): [Lang, (lang: Lang) => void] {
  const [urlState, updateUrl] = useUrlState();
  const lang = pageLanguage(urlState.lang);

  useEffect(
    function applyDocumentLanguage() {
      document.documentElement.lang = lang;
      if (urlState.lang) writePreference(LANG_PREFERENCE_KEY, urlState.lang);
    },
    [lang, urlState.lang],
  );

  const setLang = useCallback(
    (next: Lang) => {
      writePreference(LANG_PREFERENCE_KEY, next);
      updateUrl({ lang: next }, 'replace');
    },
    [updateUrl],
  );
  return [lang, setLang];
}
