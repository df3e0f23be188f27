import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
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

export const staffRouteTree = staffRoute.addChildren([staffIndexRoute, staffUsersRoute, staffProfessorRequestsRoute]);
