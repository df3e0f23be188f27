import type { Experience } from '@promata/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSession, useSessionStore } from '../../features/auth/session-context';
import { bookingQuoteQuery } from '../../features/bookings/booking-queries';
import { bookingIssues, capacityShortfall, isLineIssueCode } from '../../features/bookings/booking-errors';
import { CapacityAlert } from '../../features/bookings/capacity-alert';
import { CartLineItem } from '../../features/bookings/cart-line-item';
import { useCart } from '../../features/bookings/cart-store';
import { ConfirmBookingForm } from '../../features/bookings/confirm-booking-form';
import { estimateLineCents } from '../../features/bookings/line-dates';
import { stayLabel } from '../../features/bookings/stay-label';
import { useCartExperiences } from '../../features/bookings/use-cart-experiences';
import { pickText } from '../../features/catalogue/localized-text';
import { priceForRole } from '../../features/catalogue/price-for-role';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import '../../styles/forms.css';
import '../../styles/bookings.css';

/** `/booking`: the cart, its participants and the confirmation. Open to everyone; confirming asks for a session. */
export function CartPage() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const session = useSession();
  const sessionStore = useSessionStore();
  const cart = useCart();
  const experiences = useCartExperiences(cart.lines.map((line) => line.experienceId));
  const [refusal, setRefusal] = useState<unknown>();
  useDocumentTitle(t('bookings.cart.title'));

  const role = session.status === 'authenticated' ? session.user.role : undefined;
  const unitCents = (experience: Experience | undefined) => {
    if (!experience) return undefined;
    const price = priceForRole(experience, role);
    return price.kind === 'paid' ? price.cents : 0;
  };
  const estimates = cart.lines.map((line) => {
    const experience = experiences.get(line.experienceId);
    const unit = unitCents(experience);
    return experience && unit !== undefined ? estimateLineCents(experience.category, unit, line) : undefined;
  });
  const estimatedTotal = estimates.every((cents) => cents !== undefined)
    ? estimates.reduce<number>((sum, cents) => sum + (cents ?? 0), 0)
    : undefined;
  // Signed in: the server's quote (its prices for this visitor, and its refusals before confirming).
  const signedIn = session.status === 'authenticated';
  const quote = useQuery({
    ...bookingQuoteQuery(sessionStore, cart.lines),
    enabled: signedIn && cart.lines.length > 0,
  });
  const prices = signedIn ? cart.lines.map((_, index) => quote.data?.lines[index]?.totalCents) : estimates;
  const total = signedIn ? quote.data?.totalCents : estimatedTotal;
  // The confirmation's refusal is the newest word; until then, the quote's.
  const shown = refusal ?? (signedIn && quote.isError ? quote.error : undefined);
  const shortfall = capacityShortfall(shown);
  const issues = bookingIssues(shown);
  const lineOptions = cart.lines.map((line, index) => {
    const experience = experiences.get(line.experienceId);
    const name = experience ? (pickText(experience.name, language)?.text ?? '') : '';
    const dates = experience ? stayLabel(t, language, { category: experience.category, ...line }) : line.startDate;
    return { key: line.key, label: t('bookings.cart.lineOption', { number: index + 1, name, dates }) };
  });

  return (
    <div className="container booking-page">
      <h1>{t('bookings.cart.heading')}</h1>
      {cart.lines.length === 0 ? (
        <div data-testid="cart-empty">
          <p>{t('bookings.cart.empty')}</p>
          <p>
            <Link to="/experiences" className="button">
              {t('bookings.cart.browse')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <section className="booking-section" aria-labelledby="lines-heading">
            <h2 id="lines-heading">{t('bookings.cart.linesHeading')}</h2>
            <ol className="cart-lines">
              {cart.lines.map((line, index) => (
                <CartLineItem
                  key={line.key}
                  line={line}
                  index={index}
                  experience={experiences.get(line.experienceId)}
                  estimateCents={prices[index]}
                  issues={issues
                    .filter((issue) => issue.line === index)
                    .map((issue) =>
                      isLineIssueCode(issue.code) ? t(`bookings.cart.issues.${issue.code}`) : issue.message,
                    )}
                />
              ))}
            </ol>
            <p>
              <Link to="/experiences">{t('bookings.cart.addMore')}</Link>
            </p>
          </section>
          <section className="booking-section" aria-labelledby="review-heading">
            <h2 id="review-heading">{t('bookings.cart.reviewHeading')}</h2>
            <p className="booking-total" data-testid="cart-total">
              {t(signedIn ? 'bookings.cart.total' : 'bookings.cart.estimate', {
                total: total === undefined ? '…' : formatMoney(total, language),
              })}
            </p>
            <p>{t(signedIn ? 'bookings.cart.quoteNote' : 'bookings.cart.priceNote')}</p>
          </section>
          {shortfall && <CapacityAlert days={shortfall} experiences={experiences} />}
          {/* Nothing while the session is restored: "sign in" would flash before the form. */}
          {session.status === 'restoring' ? null : session.status === 'authenticated' ? (
            <ConfirmBookingForm lines={cart.lines} lineOptions={lineOptions} onRefused={setRefusal} />
          ) : (
            <section className="booking-section" aria-labelledby="sign-in-heading">
              <h2 id="sign-in-heading">{t('bookings.cart.signInHeading')}</h2>
              <p>{t('bookings.cart.signInText')}</p>
              <Link to="/login" search={{ redirect: '/booking' }} className="button" data-testid="cart-sign-in">
                {t('bookings.cart.signIn')}
              </Link>
            </section>
          )}
        </>
      )}
    </div>
  );
}
