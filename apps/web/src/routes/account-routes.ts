import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateLoginSearch } from '../features/auth/redirect-target';
import { requireSession } from './require-session';
import { rootRoute } from './root-route';

/** `/account` and its sections: private, and each section its own chunk. */
export const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  beforeLoad: requireSession,
  component: lazyRouteComponent(() => import('./account/account-layout'), 'AccountLayout'),
});

export const accountProfileRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./account/profile-page'), 'ProfilePage'),
});

export const accountSecurityRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'security',
  component: lazyRouteComponent(() => import('./account/security-page'), 'SecurityPage'),
});

export const accountPrivacyRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'privacy',
  component: lazyRouteComponent(() => import('./account/privacy-page'), 'PrivacyPage'),
});

/** `?redirect=` carries where a staff member was going when sent here to set up MFA first. */
export const accountMfaRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'mfa',
  validateSearch: validateLoginSearch,
  component: lazyRouteComponent(() => import('./account/mfa-page'), 'MfaPage'),
});

export const accountRouteTree = accountRoute.addChildren([
  accountProfileRoute,
  accountSecurityRoute,
  accountPrivacyRoute,
  accountMfaRoute,
]);
