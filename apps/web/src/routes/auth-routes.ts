import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateLoginSearch } from '../features/auth/redirect-target';
import { rootRoute } from './root-route';

// Every page below is its own chunk, loaded when visited (or when its link is hovered), so the
// home page does not download forms and their validation.
export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: validateLoginSearch,
  component: lazyRouteComponent(() => import('./auth/login-page'), 'LoginPage'),
});

export const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  component: lazyRouteComponent(() => import('./auth/sign-up-page'), 'SignUpPage'),
});

export const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  component: lazyRouteComponent(() => import('./auth/verify-email-page'), 'VerifyEmailPage'),
});

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./auth/forgot-password-page'), 'ForgotPasswordPage'),
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  component: lazyRouteComponent(() => import('./auth/reset-password-page'), 'ResetPasswordPage'),
});

export const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/set-password',
  component: lazyRouteComponent(() => import('./auth/set-password-page'), 'SetPasswordPage'),
});
