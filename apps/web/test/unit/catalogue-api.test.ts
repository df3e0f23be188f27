import { describe, expect, it, vi } from 'vitest';
import { fetchAvailability, fetchExperiences, fetchUpcomingClosures } from '../../src/features/catalogue/catalogue-api';
import { experienceListParams } from '../../src/features/catalogue/catalogue-search';
import { requestJson } from '../../src/lib/api-client';
import { z } from 'zod';

function jsonFetch(body: unknown) {
  return vi.fn<typeof fetch>(
    async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
}

const id = '4a0b9c1e-1d52-4b8e-9a43-6d2f0e7c5b11';

describe('catalogue requests', () => {
  it('read the public catalogue without a token, revalidating the browser cache with the ETag', async () => {
    const fetchFn = jsonFetch({ items: [], page: 1, pageSize: 20, total: 0 });
    await fetchExperiences(experienceListParams({ q: 'araucarias', category: 'TRAIL' }), { fetchFn });
    const [path, init] = fetchFn.mock.calls[0] ?? [];
    expect(path).toBe('/api/v1/experiences?category=TRAIL&q=araucarias&page=1&pageSize=20');
    expect(init?.cache).toBe('no-cache');
    expect(new Headers(init?.headers).get('authorization')).toBeNull();
  });

  it('ask for availability by calendar dates and for the closures that concern an experience', async () => {
    const availability = jsonFetch({
      experienceId: id,
      category: 'TRAIL',
      timeZone: 'America/Sao_Paulo',
      today: '2025-12-01',
      days: [{ date: '2025-12-01', capacity: 30, remaining: 30, open: false, reason: 'NOTICE' }],
    });
    const result = await fetchAvailability(id, { from: '2025-12-01', to: '2026-01-31' }, { fetchFn: availability });
    expect(availability.mock.calls[0]?.[0]).toBe(
      `/api/v1/experiences/${id}/availability?from=2025-12-01&to=2026-01-31`,
    );
    expect(result.days[0]?.reason).toBe('NOTICE');

    const closures = jsonFetch({ items: [], page: 1, pageSize: 20, total: 0 });
    expect(await fetchUpcomingClosures(id, { fetchFn: closures })).toEqual([]);
    expect(closures.mock.calls[0]?.[0]).toBe(`/api/v1/closures?experienceId=${id}&pageSize=20`);
  });

  it('leave every other request uncached, as before', async () => {
    const fetchFn = jsonFetch({ ok: true });
    await requestJson('/api/v1/me', z.object({ ok: z.boolean() }), { fetchFn });
    expect(fetchFn.mock.calls[0]?.[1]?.cache).toBe('no-store');
  });
});
