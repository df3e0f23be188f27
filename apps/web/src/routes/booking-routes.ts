import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireSession } from './require-session';
import { rootRoute } from './root-route';

/**
 * The visitor's bookings. `/booking` (the cart) is open to everyone: the cart lives in the browser
 * and signing in is asked for only to confirm. The bookings themselves are private.
 */
export const cartRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/booking',
  component: lazyRouteComponent(() => import('./bookings/cart-page'), 'CartPage'),
});

export const myBookingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bookings',
  beforeLoad: requireSession,
  component: lazyRouteComponent(() => import('./bookings/my-bookings-page'), 'MyBookingsPage'),
});

export const bookingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bookings/$bookingId',
  beforeLoad: requireSession,
  component: lazyRouteComponent(() => import('./bookings/booking-page'), 'BookingPage'),
});

export const bookingRoutes = [cartRoute, myBookingsRoute, bookingRoute] as const;
