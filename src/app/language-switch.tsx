import { useI18n } from '../i18n/i18n-context';
import { useLanguage } from './use-language';

export function LanguageSwitch() {
  const { t, lang } = useI18n();
  const [, setLang] = useLanguage();
  const other = lang === 'ko' ? 'en' : 'ko';
  return (
    <button
      type="button"
      className="button"
      lang={other}
      aria-label={t('app.languageLabel')}
      onClick={() => setLang(other)}
    >
      {t('app.language')}
    </button>
  );
}
