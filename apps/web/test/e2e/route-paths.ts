import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The web app's page addresses, read from the route files (apps/web/src/routes/*-route(s).ts), so
// that a test can insist on covering every page, including the ones added after it was written.

const declaration = /export const (\w+) = createRoute\(\{\s*getParentRoute: \(\) => (\w+),\s*(path|id): '([^']*)'/g;

type Declared = { name: string; parent: string; path?: string };

function declaredRoutes(routesDir: string): Declared[] {
  return readdirSync(routesDir)
    .filter((file) => /-routes?\.ts$/.test(file))
    .flatMap((file) =>
      [...readFileSync(join(routesDir, file), 'utf8').matchAll(declaration)].map(([, name, parent, kind, value]) => ({
        name: name ?? '',
        parent: parent ?? '',
        ...(kind === 'path' ? { path: value ?? '' } : {}),
      })),
    );
}

/** Every leaf route's full path (`/staff/bookings/$bookingId`), sorted. */
export function pagePaths(routesDir: string): string[] {
  const routes = declaredRoutes(routesDir);
  const byName = new Map(routes.map((route) => [route.name, route]));
  const parents = new Set(routes.map((route) => route.parent));
  const fullPath = (route: Declared): string => {
    const parent = byName.get(route.parent);
    const own = (route.path ?? '').replace(/^\/|\/$/g, '');
    const base = parent ? fullPath(parent) : '';
    return own ? `${base}/${own}` : base;
  };
  return routes
    .filter((route) => !parents.has(route.name))
    .map((route) => fullPath(route) || '/')
    .sort();
}
