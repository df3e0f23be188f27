import { createRouter } from '@tanstack/react-router';
import type { SessionStore } from '../features/auth/session-store';
import { accountRouteTree } from './account-routes';
import {
  forgotPasswordRoute,
  loginRoute,
  resetPasswordRoute,
  setPasswordRoute,
  signUpRoute,
  verifyEmailRoute,
} from './auth-routes';
import { bookingRoutes } from './booking-routes';
import { catalogueRoutes } from './catalogue-routes';
import { homeRoute } from './home-route';
import { rootRoute } from './root-route';
import { staffCatalogueRouteTree } from './staff-catalogue-routes';
import { staffRouteTree } from './staff-routes';

/** Code-based route tree: explicit, and no code generation step in the build. */
export const routeTree = rootRoute.addChildren([
  homeRoute,
  ...catalogueRoutes,
  ...bookingRoutes,
  loginRoute,
  signUpRoute,
  verifyEmailRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  setPasswordRoute,
  accountRouteTree,
  staffRouteTree,
  staffCatalogueRouteTree,
]);

export function createAppRouter(session: SessionStore) {
  return createRouter({
    routeTree,
    context: { session },
    // Start loading a page when the pointer rests on or focus reaches its link.
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

// Registers the route tree with TanStack Router's types, so `<Link to>` only accepts real paths.
declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
