import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateCatalogueSearch } from '../features/catalogue/catalogue-search';
import { validateExperienceSearch } from '../features/catalogue/experience-search';
import { rootRoute } from './root-route';

// The public catalogue: each page its own chunk, loaded when visited (or when a link to it is
// hovered), so the home page does not download the calendar and the filters.
export const experiencesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/experiences',
  validateSearch: validateCatalogueSearch,
  component: lazyRouteComponent(() => import('./catalogue/catalogue-page'), 'CataloguePage'),
});

export const experienceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/experiences/$experienceId',
  validateSearch: validateExperienceSearch,
  component: lazyRouteComponent(() => import('./catalogue/experience-page'), 'ExperiencePage'),
});

export const catalogueRoutes = [experiencesRoute, experienceRoute] as const;
