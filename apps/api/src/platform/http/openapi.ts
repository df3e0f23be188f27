import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { docsContentSecurityPolicy } from './security.js';

/**
 * The OpenAPI 3 document is generated from the route schemas (the contracts package), so it can
 * never drift from what the API validates. Swagger UI at /docs, the JSON at /docs/json.
 */
export async function registerOpenApi(app: FastifyInstance, info: { version: string; publicUrl: string }) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Pró-Mata API',
        description:
          'Booking and operations API of the Pró-Mata research and nature-conservation centre. ' +
          'Errors are `{ error: { code, message, details? } }`; dates of stay are `YYYY-MM-DD` in ' +
          'America/Sao_Paulo; money is integer centavos (BRL).',
        version: info.version,
      },
      servers: [{ url: info.publicUrl }],
      tags: [
        { name: 'ops', description: 'Health, readiness and platform information' },
        { name: 'auth', description: 'Sign-up, login, tokens, passwords, MFA' },
        { name: 'me', description: 'The signed-in user: profile, sessions, LGPD export and deletion' },
        { name: 'users', description: 'Staff: user management and professor verification' },
        { name: 'documents', description: 'Private documents (owner or staff)' },
        { name: 'catalogue', description: 'Experiences, images, availability, closures and highlights' },
      ],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: docsContentSecurityPolicy(info.publicUrl),
    uiConfig: { deepLinking: true, docExpansion: 'list' },
  });
}
