import type { InfoResponse, ReadyResponse } from '@promata/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/lib/api-client';
import { shouldRetry } from '../../src/lib/query-client';
import { fetchPlatformStatus, fetchReadiness, infoPath, readinessPath } from '../../src/features/platform/platform-api';
import { platformViewState } from '../../src/features/platform/platform-state';

const info: InfoResponse = {
  name: 'promata',
  version: '0.1.0',
  environment: 'test',
  storage: { database: 'embedded', sessions: 'in-process' },
  time: '2025-01-15T12:00:00.000Z',
};

const ready: ReadyResponse = { status: 'ready', checks: { database: 'up', redis: 'up' } };
const unavailable: ReadyResponse = { status: 'unavailable', checks: { database: 'up', redis: 'down' } };

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A fetch that answers per path, recording the requests. */
function fakeFetch(answers: Record<string, () => Response | Promise<Response>>) {
  return vi.fn<typeof fetch>(async (input) => {
    const answer = answers[String(input)];
    if (!answer) throw new TypeError(`unexpected request ${String(input)}`);
    return answer();
  });
}

describe('fetchPlatformStatus', () => {
  it('fetches info and readiness, validated', async () => {
    const fetchFn = fakeFetch({
      [infoPath]: () => jsonResponse(200, info),
      [readinessPath]: () => jsonResponse(200, ready),
    });
    await expect(fetchPlatformStatus({ fetchFn })).resolves.toEqual({ info, readiness: ready });
    expect(fetchFn).toHaveBeenCalledTimes(2);
    const init = fetchFn.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('accept')).toBe('application/json');
  });

  it('treats a 503 with a valid readiness body as data', async () => {
    const fetchFn = fakeFetch({ [readinessPath]: () => jsonResponse(503, unavailable) });
    await expect(fetchReadiness({ fetchFn })).resolves.toEqual(unavailable);
  });

  it('rejects a 503 whose body is not a readiness report', async () => {
    const fetchFn = fakeFetch({
      [readinessPath]: () => jsonResponse(503, { error: { code: 'OVERLOADED', message: 'Service Unavailable' } }),
    });
    await expect(fetchReadiness({ fetchFn })).rejects.toMatchObject({
      name: 'ApiError',
      status: 503,
      code: 'INVALID_RESPONSE',
    });
  });

  it('reports the API error code of a failed request', async () => {
    const fetchFn = fakeFetch({
      [infoPath]: () => jsonResponse(500, { error: { code: 'INTERNAL_ERROR', message: 'boom' } }),
      [readinessPath]: () => jsonResponse(200, ready),
    });
    await expect(fetchPlatformStatus({ fetchFn })).rejects.toMatchObject({
      status: 500,
      code: 'INTERNAL_ERROR',
      message: 'boom',
    });
  });

  it('fails on a non-JSON error page (e.g. from a proxy)', async () => {
    const fetchFn = fakeFetch({
      [infoPath]: () => new Response('<html>Bad gateway</html>', { status: 502 }),
      [readinessPath]: () => jsonResponse(200, ready),
    });
    await expect(fetchPlatformStatus({ fetchFn })).rejects.toMatchObject({ status: 502, code: 'HTTP_ERROR' });
  });

  it('fails when a 200 body does not match the contract', async () => {
    const fetchFn = fakeFetch({
      [infoPath]: () => jsonResponse(200, { ...info, environment: 'staging' }),
      [readinessPath]: () => jsonResponse(200, ready),
    });
    await expect(fetchPlatformStatus({ fetchFn })).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('reports a network failure without a status', async () => {
    const fetchFn = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    const error: unknown = await fetchPlatformStatus({ fetchFn }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: undefined, code: 'NETWORK_ERROR' });
  });

  it('lets an abort through, so the query layer knows it was cancelled', async () => {
    const fetchFn = vi.fn<typeof fetch>(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(fetchPlatformStatus({ fetchFn })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('shouldRetry', () => {
  it('retries network failures and server errors, at most twice', () => {
    expect(shouldRetry(0, new ApiError('x', undefined, 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(1, new ApiError('x', 500, 'INTERNAL_ERROR'))).toBe(true);
    expect(shouldRetry(2, new ApiError('x', 500, 'INTERNAL_ERROR'))).toBe(false);
  });

  it('does not retry what a retry cannot fix', () => {
    expect(shouldRetry(0, new ApiError('x', 404, 'NOT_FOUND'))).toBe(false);
    expect(shouldRetry(0, new ApiError('x', 200, 'INVALID_RESPONSE'))).toBe(false);
  });
});

describe('platformViewState', () => {
  const data = { info, readiness: ready };
  const idle = { isPending: false, isError: false, isFetching: false, data: undefined };

  it('is loading until the first answer', () => {
    expect(platformViewState({ ...idle, isPending: true, isFetching: true })).toEqual({ kind: 'loading' });
  });

  it('shows the data once loaded, also while refreshing in the background', () => {
    expect(platformViewState({ ...idle, data })).toEqual({ kind: 'loaded', status: data });
    expect(platformViewState({ ...idle, isFetching: true, data })).toEqual({ kind: 'loaded', status: data });
  });

  it('shows the error, and loading again while a retry runs', () => {
    expect(platformViewState({ ...idle, isError: true })).toEqual({ kind: 'error' });
    expect(platformViewState({ ...idle, isError: true, isFetching: true })).toEqual({ kind: 'loading' });
  });

  it('does not show stale data after a failed refresh', () => {
    expect(platformViewState({ ...idle, isError: true, data })).toEqual({ kind: 'error' });
  });
});
