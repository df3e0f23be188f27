import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserSessionStore } from './features/auth/browser-session-store';
import { clearPrivateQueriesOnSignOut } from './features/auth/private-queries';
import { SessionProvider } from './features/auth/session-context';
import { createI18n } from './i18n/create-i18n';
import { syncDocumentLanguage } from './i18n/document-language';
import { detectBrowserLanguage } from './i18n/language-preference';
import { setApiLanguageSource } from './lib/api-client';
import { createQueryClient } from './lib/query-client';
import { createAppRouter } from './routes/router';
import './styles/index.css';

const i18n = createI18n(detectBrowserLanguage());
syncDocumentLanguage(i18n);
// The API answers errors (and writes e-mails) in the language the visitor is reading.
setApiLanguageSource(() => i18n.resolvedLanguage ?? i18n.language);
const queryClient = createQueryClient();
const session = createBrowserSessionStore();
clearPrivateQueriesOnSignOut(session, queryClient);
// Restore a previous session silently, in parallel with the first render.
void session.ready();
const router = createAppRouter(session);

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider store={session}>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
