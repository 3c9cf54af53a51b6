import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startFeedWhileMessagesLoad } from './app/feed-before-messages';
import { linkedArticleReady } from './app/linked-article';
import { createQueryClient } from './lib/query-client';
import './styles/global.css';

const queryClient = createQueryClient();
startFeedWhileMessagesLoad(queryClient, window.location.search);
const root = createRoot(document.getElementById('root')!);
// A linked article comes with the first render (see app/linked-article.ts); otherwise at once.
void linkedArticleReady(queryClient, window.location.search).then(() =>
  root.render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
