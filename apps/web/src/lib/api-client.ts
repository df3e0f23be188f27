import { parseErrorBody } from './error-body';

type ApiErrorExtra = {
  /** The `details` of the API's error body (e.g. the offending fields of VALIDATION_FAILED). */
  details?: unknown;
  /** From `Retry-After` on 429 and 503 answers: how long to wait before trying again. */
  retryAfterSeconds?: number;
};

/** A request that did not produce the expected data: an HTTP error, a bad body or no answer. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly details: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    message: string,
    /** HTTP status, or undefined when no response arrived (network failure). */
    readonly status: number | undefined,
    /** The API's machine-readable code when it sent one, else a client-side one. */
    readonly code: string,
    extra: ApiErrorExtra = {},
  ) {
    super(message);
    this.details = extra.details;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type RequestOptions = {
  method?: HttpMethod;
  /** Sent as JSON, except FormData, which the browser sends as multipart with its boundary. */
  body?: unknown;
  /** Adds `Authorization: Bearer`; see features/auth for where it comes from. */
  accessToken?: string;
  /** `Accept-Language` for this request; the registered language source otherwise. */
  language?: string;
  signal?: AbortSignal;
  /**
   * Non-2xx statuses whose body is still data of the expected shape, e.g. 503 from
   * `/health/ready`, which reports which dependency is down in the same body.
   */
  acceptedStatuses?: readonly number[];
  /** Extra request headers, e.g. `Idempotency-Key` of a booking attempt. */
  headers?: Readonly<Record<string, string>>;
  /** Injected in unit tests; the browser's fetch otherwise. */
  fetchFn?: typeof fetch;
  /**
   * The browser cache mode; 'no-store' unless a public read says otherwise ('no-cache': kept, but
   * revalidated with the API's ETag at every use, so never stale and usually a bodiless 304).
   */
  cache?: RequestCache;
};

export type GetJsonOptions = Omit<RequestOptions, 'method' | 'body'>;

let languageSource: () => string | undefined = () => undefined;

/**
 * Where requests take their `Accept-Language` from (the interface language), so that the API's
 * error messages and e-mails come in the language the visitor reads.
 */
export function setApiLanguageSource(source: () => string | undefined): void {
  languageSource = source;
}

/** `Retry-After` is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function buildHeaders(options: RequestOptions, accept: string): Headers {
  const headers = new Headers({ ...options.headers, accept });
  const language = options.language ?? languageSource();
  if (language) headers.set('accept-language', language);
  if (options.accessToken) headers.set('authorization', `Bearer ${options.accessToken}`);
  if (options.body !== undefined && !(options.body instanceof FormData)) {
    headers.set('content-type', 'application/json');
  }
  return headers;
}

function encodeBody(body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined;
  return body instanceof FormData ? body : JSON.stringify(body);
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** The ApiError of a refused request: the API's code and translated message when it sent them. */
async function refusal(response: Response, method: HttpMethod, path: string): Promise<ApiError> {
  const parsedBody = parseJson(await response.text().catch(() => ''));
  const extra = { retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')) };
  const apiError = parseErrorBody(parsedBody);
  return apiError
    ? new ApiError(apiError.message, response.status, apiError.code, { ...extra, details: apiError.details })
    : new ApiError(`${method} ${path} answered ${response.status}`, response.status, 'HTTP_ERROR', extra);
}

/**
 * Sends one same-origin request and returns the accepted response, body unread. A refused request
 * becomes an ApiError carrying the API's code and translated message.
 */
async function fetchAccepted(path: string, options: RequestOptions, accept = 'application/json'): Promise<Response> {
  // Called through a local binding: invoking fetch as a method of another object throws
  // "Illegal invocation" in browsers.
  const fetchFn = options.fetchFn ?? globalThis.fetch;
  const method = options.method ?? 'GET';
  const body = encodeBody(options.body);
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      headers: buildHeaders(options, accept),
      // Personal data and status must be current; a cached answer could show another
      // moment's (or, on a shared computer, another person's) data.
      cache: options.cache ?? 'no-store',
      // Same-origin: the refresh-token cookie goes with auth requests and nowhere else.
      credentials: 'same-origin',
      ...(body !== undefined ? { body } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(`${method} ${path} failed: no response`, undefined, 'NETWORK_ERROR');
  }
  const accepted = response.ok || (options.acceptedStatuses ?? []).includes(response.status);
  if (!accepted) throw await refusal(response, method, path);
  return response;
}

/** The parsed JSON body of an accepted request (undefined when there is none, e.g. 204). */
async function send(path: string, options: RequestOptions): Promise<{ status: number; body: unknown }> {
  const response = await fetchAccepted(path, options);
  const text = await response.text().catch(() => '');
  return { status: response.status, body: parseJson(text) };
}

/**
 * How an answer's body is checked: a zod contract schema fits this shape, and so does the zod-free
 * check of the public reads (./trusted-body), which keeps zod out of the public pages' first load.
 */
export type ResponseSchema<Output> = {
  safeParse(input: unknown): { success: true; data: Output } | { success: false };
};

/** A request whose answer is JSON validated by its contract schema. */
export async function requestJson<Output>(
  path: string,
  schema: ResponseSchema<Output>,
  options: RequestOptions = {},
): Promise<Output> {
  const { status, body } = await send(path, options);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(`${options.method ?? 'GET'} ${path} answered an unexpected body`, status, 'INVALID_RESPONSE');
  }
  return parsed.data;
}

/** A request whose answer carries nothing we need (204, or 202 with a fixed body). */
export async function requestVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

/** GETs a same-origin JSON resource and validates it with its contract schema. */
export function getJson<Output>(
  path: string,
  schema: ResponseSchema<Output>,
  options: GetJsonOptions = {},
): Promise<Output> {
  return requestJson(path, schema, { ...options, method: 'GET' });
}

/** A file the API sent: its bytes, declared type and suggested name. */
export type FileResponse = { blob: Blob; contentType: string; fileName: string | undefined };

/** The `filename` of a Content-Disposition header (quoted or not), if any. */
export function dispositionFileName(header: string | null): string | undefined {
  const match = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header ?? '');
  const name = (match?.[1] ?? match?.[2] ?? '').trim();
  return name === '' ? undefined : name;
}

/**
 * GETs a private file (a document only the owner and staff may read) as bytes: it needs the
 * Authorization header, which a plain link or `<iframe src>` cannot send.
 */
export async function requestBlob(path: string, options: GetJsonOptions = {}): Promise<FileResponse> {
  const response = await fetchAccepted(path, { ...options, method: 'GET' }, '*/*');
  const blob = await response.blob();
  return {
    blob,
    contentType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
    fileName: dispositionFileName(response.headers.get('content-disposition')),
  };
}
