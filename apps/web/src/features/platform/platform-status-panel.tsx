import { useTranslation } from 'react-i18next';
import { PlatformStatusDetails } from './platform-status-details';
import { platformViewState, type PlatformViewState } from './platform-state';
import { usePlatformStatus } from './use-platform-status';

type Tone = 'pending' | 'ok' | 'warning' | 'error';

function toneOf(state: PlatformViewState): Tone {
  if (state.kind === 'loading') return 'pending';
  if (state.kind === 'error') return 'error';
  return state.status.readiness.status === 'ready' ? 'ok' : 'warning';
}

/** Home page panel: is the API up, which version and storage it runs, and its dependencies. */
export function PlatformStatusPanel() {
  const { t } = useTranslation();
  const query = usePlatformStatus();
  const state = platformViewState(query);
  const tone = toneOf(state);

  const stateText =
    state.kind === 'loading'
      ? t('platform.loading')
      : state.kind === 'error'
        ? t('platform.error')
        : t(`platform.status.${state.status.readiness.status}`);

  return (
    <section
      className="platform-status"
      aria-labelledby="platform-status-heading"
      aria-busy={state.kind === 'loading'}
      data-testid="platform-status"
    >
      <h2 id="platform-status-heading">{t('platform.heading')}</h2>
      {/* A live region, so screen readers hear the result when the check finishes. */}
      <p className={`status-badge status-badge--${tone}`} role="status" data-testid="platform-status-state">
        <span className="status-badge__dot" aria-hidden="true" />
        <span>{stateText}</span>
      </p>
      {state.kind === 'error' && (
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('platform.retry')}
        </button>
      )}
      {state.kind === 'loaded' && <PlatformStatusDetails status={state.status} />}
      <p className="platform-status__docs">
        <a href="/docs">{t('platform.docsLink')}</a>
      </p>
    </section>
  );
}
