import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './app/embed-app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
);
