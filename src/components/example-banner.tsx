import { useI18n } from '../i18n/i18n-context';

/**
 * "예시 자료 — 실제 관측 아님": shown whenever the data on screen say they are
 * made up (`"example": true` in the feed). Driven by the data, not by a build
 * flag, so a page can never show example values without saying so, however
 * it was built or served. Plain text, not a live region: it is there from
 * the first render of the data, and is read with the header.
 */
export function ExampleBanner({ example }: { readonly example: boolean }) {
  const { t } = useI18n();
  if (!example) return null;
  return (
    <p className="example-banner">
      <strong>{t('example.banner')}</strong>
    </p>
  );
}
