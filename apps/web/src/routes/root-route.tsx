import { createRootRouteWithContext } from '@tanstack/react-router';
import { RootLayout } from '../components/layout/root-layout';
import { NotFoundPage } from './not-found-page';
import type { RouterContext } from './router-context';

/**
 * With the router's default "fuzzy" not-found mode, an unknown path renders NotFoundPage inside
 * the layout's Outlet, so the header, language switcher and footer stay available.
 */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});
