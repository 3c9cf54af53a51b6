import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import { createQueryClient } from '../lib/query-client';
import { Dashboard } from './dashboard';
import { useLanguage } from './use-language';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [lang] = useLanguage();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={lang}>
        <Dashboard />
      </I18nProvider>
    </QueryClientProvider>
  );
}
