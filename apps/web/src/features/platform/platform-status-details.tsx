import type { ReadyResponse } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import type { PlatformStatus } from './platform-api';

/** In display order; typed against the contract so a renamed check fails to compile. */
const dependencies = ['database', 'redis'] as const satisfies readonly (keyof ReadyResponse['checks'])[];

export function PlatformStatusDetails({ status }: { status: PlatformStatus }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const { info, readiness } = status;

  return (
    <>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('platform.fields.version')}</dt>
          <dd>{info.version}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('platform.fields.environment')}</dt>
          <dd>{t(`platform.environments.${info.environment}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('platform.fields.database')}</dt>
          <dd>{t(`platform.databases.${info.storage.database}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('platform.fields.sessions')}</dt>
          <dd>{t(`platform.sessionStores.${info.storage.sessions}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('platform.fields.serverTime')}</dt>
          <dd>
            <time dateTime={info.time}>{formatDateTime(info.time, language)}</time>
          </dd>
        </div>
      </dl>
      <h3 className="platform-status__subheading">{t('platform.checks.heading')}</h3>
      <ul className="checks">
        {dependencies.map((dependency) => {
          const state = readiness.checks[dependency];
          return (
            <li key={dependency} className="checks__item" data-testid={`platform-check-${dependency}`}>
              <span>{t(`platform.checks.${dependency}`)}</span>
              {/* Text as well as colour, so the state does not rely on colour vision. */}
              <span className={`check-state check-state--${state}`}>{t(`platform.checks.${state}`)}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
