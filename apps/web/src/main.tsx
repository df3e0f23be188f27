import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from './i18n/create-i18n';
import { syncDocumentLanguage } from './i18n/document-language';
import { detectBrowserLanguage } from './i18n/language-preference';
import { createQueryClient } from './lib/query-client';
import { createAppRouter } from './routes/router';
import './styles/index.css';

const i18n = createI18n(detectBrowserLanguage());
syncDocumentLanguage(i18n);
const queryClient = createQueryClient();
const router = createAppRouter();

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
