import type { ErrorCode, ErrorResponse, Locale, ValidationIssue } from '@promata/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import { issueCode, issueMessage, type IssueParams, type RaisedIssue } from '../i18n/field-messages.js';
import { errorMessages } from '../i18n/messages.js';
import { localeFromAcceptLanguage } from '../i18n/request-locale.js';
import { AppError } from './app-error.js';

type Refusal = { statusCode: number; code: ErrorCode; details?: unknown; retryAfterSeconds?: number };

/** Fastify's own client errors, by their error code. */
const fastifyRefusals: Record<string, Refusal> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { statusCode: 400, code: 'INVALID_JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { statusCode: 400, code: 'INVALID_JSON' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { statusCode: 400, code: 'VALIDATION_FAILED' },
  FST_ERR_CTP_BODY_TOO_LARGE: { statusCode: 413, code: 'PAYLOAD_TOO_LARGE' },
};

/** Other 4xx/503 statuses raised by plugins, mapped to the closest code. */
const codeByStatus: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

const isRecord = (value: unknown): value is IssueParams => typeof value === 'object' && value !== null;

/** Zod's issues as raised: a custom refinement's own `params` (its reason) sit one level down. */
function validationIssues(error: FastifyError): RaisedIssue[] {
  const where = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const params: IssueParams = issue.params;
    const own = issue.keyword === 'custom' ? params.params : params;
    return {
      path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      code: issue.keyword,
      params: isRecord(own) ? own : undefined,
    };
  });
}

const isRaisedIssue = (value: unknown): value is RaisedIssue =>
  isRecord(value) && typeof value.path === 'string' && typeof value.code === 'string';

/** A VALIDATION_FAILED answer's issues, worded in the client's language (see field-messages.ts). */
function localisedDetails(code: ErrorCode, details: unknown, locale: Locale): unknown {
  if (code !== 'VALIDATION_FAILED' || !isRecord(details) || !Array.isArray(details.issues)) return details;
  const issues: ValidationIssue[] = details.issues.filter(isRaisedIssue).map((issue) => ({
    path: issue.path,
    code: issueCode(issue),
    message: issueMessage(issue, locale),
  }));
  return { ...details, issues };
}

/** What the client is told; undefined means "an internal error", which is never explained. */
function refusalFor(error: FastifyError): Refusal | undefined {
  if (error instanceof AppError) {
    const { statusCode, code, details, retryAfterSeconds } = error;
    return { statusCode, code, details, retryAfterSeconds };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return { statusCode: 400, code: 'VALIDATION_FAILED', details: { issues: validationIssues(error) } };
  }
  const known = fastifyRefusals[error.code];
  if (known) return known;
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return { statusCode: status, code: codeByStatus[status] ?? 'VALIDATION_FAILED' };
  }
  if (status === 503) return { statusCode: 503, code: 'SERVICE_UNAVAILABLE' };
  if (isDatabaseUnavailable(error)) return { statusCode: 503, code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 };
  return undefined;
}

export function errorBody(request: FastifyRequest, code: ErrorCode, details?: unknown): ErrorResponse {
  const locale = localeFromAcceptLanguage(request.headers['accept-language']);
  const message = errorMessages[locale][code];
  return {
    error:
      details === undefined ? { code, message } : { code, message, details: localisedDetails(code, details, locale) },
  };
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  code: ErrorCode,
  details?: unknown,
) {
  return reply
    .code(statusCode)
    .type('application/json; charset=utf-8')
    .send(errorBody(request, code, details));
}

/**
 * One place turns every failure into the error shape of DESIGN.md §5. Client errors are logged at
 * info level without stack; anything else is a 500 whose details stay in the log, tied to the
 * request id the client sees in `x-request-id`.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const refusal = refusalFor(error);
    if (refusal) {
      // A 503 is an outage or overload operators should see; a 4xx is the client's business.
      const level = refusal.statusCode >= 500 ? 'warn' : 'info';
      request.log[level](
        { code: refusal.code, statusCode: refusal.statusCode, reason: error.message },
        'request refused',
      );
      if (refusal.retryAfterSeconds !== undefined) reply.header('retry-after', String(refusal.retryAfterSeconds));
      return sendError(request, reply, refusal.statusCode, refusal.code, refusal.details);
    }
    request.log.error(
      { err: error, method: request.method, url: request.url, route: request.routeOptions.url },
      'request failed',
    );
    return sendError(request, reply, 500, 'INTERNAL_ERROR');
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'NOT_FOUND'));
}
