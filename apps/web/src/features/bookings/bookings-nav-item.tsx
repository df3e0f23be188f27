import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { useCart } from './cart-store';

/**
 * The header's links to the cart (when it holds something, for everyone) and to "My bookings"
 * (signed-in users). The cart's count is in the link's text, so it is read, not just seen.
 */
export function BookingsNavItems() {
  const { t } = useTranslation();
  const session = useSession();
  const cart = useCart();
  return (
    <>
      {cart.lines.length > 0 && (
        <li>
          <Link to="/booking" data-testid="cart-nav-link">
            {t('bookings.nav.cart', { count: cart.lines.length })}
          </Link>
        </li>
      )}
      {session.status === 'authenticated' && (
        <li>
          <Link to="/bookings" data-testid="bookings-nav-link">
            {t('bookings.nav.mine')}
          </Link>
        </li>
      )}
    </>
  );
}
