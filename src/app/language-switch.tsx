import { useState } from 'react';
import { loadCatalog } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n-context';
import { useLanguage } from './use-language';

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
        <p className="language-failed" role="alert">
          {t('app.languageFailed')}
        </p>
      )}
    </>
  );
}
