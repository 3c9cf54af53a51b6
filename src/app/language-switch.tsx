import { useState } from 'react';
import { loadCatalog } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n-context';
import { useLanguage } from './use-language';

/** This address with `lang` set: the page in that language, loaded afresh. */
function addressIn(lang: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  return url.href;
}

export function LanguageSwitch() {
  const { t, lang } = useI18n();
  const [, setLang] = useLanguage();
  const [failed, setFailed] = useState(false);
  const other = lang === 'ko' ? 'en' : 'ko';
  // The other catalog may still have to come over the network: switch once it is here.
  const switchLanguage = () => {
    setFailed(false);
    loadCatalog(other).then(
      () => setLang(other),
      () => setFailed(true),
    );
  };
  return (
    <>
      <button
        type="button"
        className="button"
        lang={other}
        aria-label={t('app.languageLabel')}
        onClick={switchLanguage}
      >
        {t('app.language')}
      </button>
      {failed && (
        // Pressing the button again tries the same download, but some browsers (Debian's
        // Chromium 150 among them) remember a failed module for the page's life and never fetch
        // it again. The link loads the page in the other language afresh, which any browser can.
        <p className="language-failed" role="alert">
          {t('app.languageFailed')}{' '}
          <a href={addressIn(other)} lang={other} hrefLang={other}>
            {t('app.languageReload')}
          </a>
        </p>
      )}
    </>
  );
}
