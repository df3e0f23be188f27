import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSession } from '../auth/session-context';
import { priceForRole, type PriceView } from './price-for-role';

type Priced = Parameters<typeof priceForRole>[0];

/** The price view for whoever is looking: a signed-in professor sees their exemption. */
export function usePriceView(experience: Priced): PriceView {
  const session = useSession();
  return priceForRole(experience, session.status === 'authenticated' ? session.user.role : undefined);
}

/** The price line of a card or of the detail page, with the professors' exemption when it applies. */
export function PriceTag({ experience, className }: { experience: Priced; className?: string }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const view = usePriceView(experience);

  if (view.kind === 'free') {
    return (
      <div className={className}>
        <p className="price-tag__amount">{t('catalogue.price.free')}</p>
      </div>
    );
  }
  if (view.kind === 'professor-exempt') {
    return (
      <div className={className}>
        <p className="price-tag__amount">{t('catalogue.price.professorExempt')}</p>
        <p className="price-tag__note">{t('catalogue.price.professorExemptNote')}</p>
      </div>
    );
  }
  const price = formatMoney(view.cents, language);
  return (
    <div className={className}>
      <p className="price-tag__amount" data-testid="price">
        {view.perNight ? t('catalogue.price.perPersonNight', { price }) : t('catalogue.price.perPerson', { price })}
      </p>
      {view.professorsExempt && <p className="price-tag__note">{t('catalogue.price.professorsExemptNote')}</p>}
    </div>
  );
}
