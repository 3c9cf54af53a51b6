import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../../src/i18n/i18n-context';
import type { Lang } from '../../../src/i18n/lang';

/** Render a component the way the app does: inside the language provider. */
export function renderInLanguage(ui: ReactElement, lang: Lang = 'ko'): RenderResult {
  return render(ui, {
    wrapper: ({ children }) => <I18nProvider lang={lang}>{children}</I18nProvider>,
  });
}
