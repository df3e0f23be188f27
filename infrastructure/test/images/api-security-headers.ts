import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/tools.js';

// The security headers the API itself sends (helmet, as configured in security.ts), so the web
// image's nginx is compared with the real thing rather than with a copy that could drift.

type Inject = (path: string) => Promise<{ headers: Record<string, string | string[] | number | undefined> }>;
type App = { inject: Inject; get: (path: string, handler: () => string) => void; close: () => Promise<void> };
type SecurityModule = {
  registerSecurity: (app: App, config: { PUBLIC_URL: string; CORS_ORIGINS: string[] }) => Promise<void>;
};
type FastifyModule = { default: (options?: object) => App };

/** Response headers that are about the body or the connection, not security. */
const notSecurity = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'vary']);

export async function apiSecurityHeaders(https: boolean): Promise<Record<string, string>> {
  const securityPath = join(repoRoot, 'apps', 'api', 'src', 'platform', 'http', 'security.ts');
  const { registerSecurity } = (await import(pathToFileURL(securityPath).href)) as SecurityModule;
  const { default: fastify } = (await import('fastify')) as unknown as FastifyModule;
  const app = fastify();
  await registerSecurity(app, { PUBLIC_URL: https ? 'https://promata.example' : 'http://localhost', CORS_ORIGINS: [] });
  app.get('/', () => 'ok');
  const answer = await app.inject('/');
  await app.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (!notSecurity.has(name) && value !== undefined) headers[name] = String(value);
  }
  return headers;
}
