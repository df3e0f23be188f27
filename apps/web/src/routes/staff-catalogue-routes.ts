import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateExperienceSearch } from '../features/staff-catalogue/experience-search';
import { requireStaff } from './require-staff';
import { rootRoute } from './root-route';

/**
 * The staff catalogue pages (`/staff/experiences`, `/staff/closures`, `/staff/highlights`): the same
 * guard and the same staff layout as the other staff pages, as a branch of its own so the two
 * route files do not import each other. Each page is its own chunk.
 */
export const staffCatalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'staff-catalogue',
  beforeLoad: requireStaff,
  component: lazyRouteComponent(() => import('./staff/staff-layout'), 'StaffLayout'),
});

/** The catalogue's section navigation (experiences, closures, highlights) and its styles. */
export const catalogueSectionRoute = createRoute({
  getParentRoute: () => staffCatalogueRoute,
  id: 'catalogue',
  component: lazyRouteComponent(() => import('./staff-catalogue/catalogue-layout'), 'CatalogueLayout'),
});

export const staffExperiencesRoute = createRoute({
  getParentRoute: () => catalogueSectionRoute,
  path: 'staff/experiences',
  validateSearch: validateExperienceSearch,
  component: lazyRouteComponent(() => import('./staff-catalogue/experiences-page'), 'ExperiencesPage'),
});

export const staffNewExperienceRoute = createRoute({
  getParentRoute: () => catalogueSectionRoute,
  path: 'staff/experiences/new',
  component: lazyRouteComponent(() => import('./staff-catalogue/new-experience-page'), 'NewExperiencePage'),
});

export const staffEditExperienceRoute = createRoute({
  getParentRoute: () => catalogueSectionRoute,
  path: 'staff/experiences/$experienceId',
  component: lazyRouteComponent(() => import('./staff-catalogue/edit-experience-page'), 'EditExperiencePage'),
});

export const staffClosuresRoute = createRoute({
  getParentRoute: () => catalogueSectionRoute,
  path: 'staff/closures',
  component: lazyRouteComponent(() => import('./staff-catalogue/closures-page'), 'ClosuresPage'),
});

export const staffHighlightsRoute = createRoute({
  getParentRoute: () => catalogueSectionRoute,
  path: 'staff/highlights',
  component: lazyRouteComponent(() => import('./staff-catalogue/highlights-page'), 'HighlightsPage'),
});

export const staffCatalogueRouteTree = staffCatalogueRoute.addChildren([
  catalogueSectionRoute.addChildren([
    staffExperiencesRoute,
    staffNewExperienceRoute,
    staffEditExperienceRoute,
    staffClosuresRoute,
    staffHighlightsRoute,
  ]),
]);
