import { createRootRoute } from '@tanstack/react-router';
import { RootLayout } from '../components/layout/root-layout';
import { NotFoundPage } from './not-found-page';

/**
 * With the router's default "fuzzy" not-found mode, an unknown path renders NotFoundPage inside
 * the layout's Outlet, so the header, language switcher and footer stay available.
 */
export const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});
