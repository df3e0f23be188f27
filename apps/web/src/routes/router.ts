import { createRouter } from '@tanstack/react-router';
import { homeRoute } from './home-route';
import { rootRoute } from './root-route';

/** Code-based route tree: explicit, and no code generation step in the build. */
export const routeTree = rootRoute.addChildren([homeRoute]);

export function createAppRouter() {
  return createRouter({
    routeTree,
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
