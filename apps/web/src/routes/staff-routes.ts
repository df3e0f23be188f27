import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { validateBookingSearch } from '../features/staff-bookings/booking-search';
import { validateQueueSearch, validateUserSearch } from '../features/staff/staff-search';
import { requireStaff } from './require-staff';
import { rootRoute } from './root-route';

/** `/staff` and its pages: staff only (with MFA), each page its own chunk. */
export const staffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/staff',
  beforeLoad: requireStaff,
  component: lazyRouteComponent(() => import('./staff/staff-layout'), 'StaffLayout'),
});

/** `/staff` itself has nothing of its own: the users page is where staff work most. */
export const staffIndexRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/staff/users', replace: true });
  },
});

export const staffUsersRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'users',
  validateSearch: validateUserSearch,
  component: lazyRouteComponent(() => import('./staff/users-page'), 'UsersPage'),
});

/** The address the API's "new professor request" e-mail links to. */
export const staffProfessorRequestsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'professor-requests',
  validateSearch: validateQueueSearch,
  component: lazyRouteComponent(() => import('./staff/professor-requests-page'), 'ProfessorRequestsPage'),
});

/** The bookings inbox: counts per status, filters and paging in the address. */
export const staffBookingsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'bookings',
  validateSearch: validateBookingSearch,
  component: lazyRouteComponent(() => import('./staff/bookings-page'), 'BookingsPage'),
});

/** One booking: the address the API's staff e-mails link to. */
export const staffBookingRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'bookings/$bookingId',
  component: lazyRouteComponent(() => import('./staff/booking-page'), 'BookingPage'),
});

export const staffRouteTree = staffRoute.addChildren([
  staffIndexRoute,
  staffUsersRoute,
  staffProfessorRequestsRoute,
  staffBookingsRoute,
  staffBookingRoute,
]);
