import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import { createQueryClient } from '../lib/query-client';
import { Dashboard } from './dashboard';
import { useLanguage } from './use-language';

/** `queryClient`: one the entry has already started queries in (a linked article's news). */
export function App({ queryClient: given }: { readonly queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [lang] = useLanguage();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={lang}>
        <Dashboard />
      </I18nProvider>
    </QueryClientProvider>
  );
}
