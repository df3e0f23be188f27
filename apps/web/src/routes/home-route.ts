import { createRoute } from '@tanstack/react-router';
import { HomePage } from './home-page';
import { rootRoute } from './root-route';

export const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: HomePage,
});
