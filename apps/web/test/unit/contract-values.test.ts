import * as contracts from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import { accessTokenBody } from '../../src/features/auth/access-token-body';
import { experienceListParams } from '../../src/features/catalogue/catalogue-search';
import * as platform from '../../src/features/platform/platform-bodies';
import { bookingListParams } from '../../src/features/staff-bookings/booking-search';
import { experienceListParams as staffExperienceListParams } from '../../src/features/staff-catalogue/experience-search';
import { queueParams, queueStatuses, userListParams } from '../../src/features/staff/staff-search';
import { supportedLanguages } from '../../src/i18n/languages';
import * as copies from '../../src/lib/contract-values';

// The web app keeps zod-free copies of these so that the public pages do not load zod; the
// contracts package stays the source of truth and any drift fails here.
describe('contract values copied into the web app', () => {
  it('equal the values of @promata/contracts', () => {
    expect(copies.experienceCategories).toEqual(contracts.experienceCategories);
    expect(copies.maxAvailabilityDays).toBe(contracts.maxAvailabilityDays);
    expect(copies.maxBookingLines).toBe(contracts.maxBookingLines);
    expect(copies.maxPeoplePerLine).toBe(contracts.maxPeoplePerLine);
    expect(copies.bookingStatuses).toEqual(contracts.bookingStatuses);
    expect(copies.roles).toEqual(contracts.roles);
    expect(copies.staffRoles).toEqual(contracts.staffRoles);
    expect(copies.professorStatuses).toEqual(contracts.professorStatuses);
    expect(copies.auditTargetTypes).toEqual(contracts.auditTargetTypes);
    expect(queueStatuses).toEqual(contracts.professorRequestListQuerySchema.shape.status.unwrap().options);
    const info = contracts.infoResponseSchema.shape;
    expect(platform.environments).toEqual(info.environment.options);
    expect(platform.databaseKinds).toEqual(info.storage.shape.database.options);
    expect(platform.sessionKinds).toEqual(info.storage.shape.sessions.options);
    const ready = contracts.readyResponseSchema.shape;
    expect(platform.readinessStatuses).toEqual(ready.status.options);
    expect(platform.dependencyStatuses).toEqual(ready.checks.shape.database.options);
    expect(platform.dependencyStatuses).toEqual(ready.checks.shape.redis.options);
  });

  it('check an access token answer as accessTokenResponseSchema does', () => {
    expect(supportedLanguages).toEqual(contracts.locales);
    const valid = {
      accessToken: 'example.token.value',
      expiresIn: 900,
      user: {
        id: '0b6f3c8e-4a53-4b2c-9a55-5d1f0c7e9a01',
        email: 'ana@example.org',
        name: 'Ana',
        role: 'ADMIN',
        locale: 'en',
        emailVerified: true,
        mfaEnabled: true,
        mfaVerified: false,
      },
    };
    const broken: unknown[] = [
      undefined,
      {},
      { ...valid, expiresIn: 0 },
      { ...valid, user: { ...valid.user, role: 'OWNER' } },
      { ...valid, user: { ...valid.user, locale: 'fr' } },
      { ...valid, user: { ...valid.user, mfaVerified: 'yes' } },
    ];
    expect(accessTokenBody.safeParse(valid)).toEqual({ success: true, data: valid });
    expect(contracts.accessTokenResponseSchema.safeParse(valid).success).toBe(true);
    // Stricter than the contract here: an empty token could never authorise anything.
    expect(accessTokenBody.safeParse({ ...valid, accessToken: '' }).success).toBe(false);
    for (const body of broken) {
      expect(accessTokenBody.safeParse(body).success).toBe(false);
      expect(contracts.accessTokenResponseSchema.safeParse(body).success).toBe(false);
    }
  });

  it('count days like the contract', () => {
    for (const [a, b] of [
      ['2026-01-01', '2026-03-03'],
      ['2026-03-28', '2026-03-30'],
      ['2026-12-31', '2026-01-01'],
    ] as const) {
      expect(copies.daysBetween(a, b)).toBe(contracts.daysBetween(a, b));
    }
  });
});

// The query builders lost their runtime zod self-check (they sit on every page's first load through
// the router's search validators); these keep the guarantee that they only build accepted queries.
describe('list queries built by the web app', () => {
  const query = (params: URLSearchParams) => Object.fromEntries(params);

  it('are accepted by the contract schemas', () => {
    const experienceId = '0b6f3c8e-4a53-4b2c-9a55-5d1f0c7e9a01';
    const cases: [URLSearchParams, { safeParse(input: unknown): { success: boolean } }][] = [
      [experienceListParams({}), contracts.experienceListQuerySchema],
      [
        experienceListParams({ category: 'EVENT', q: 'aves', from: '2026-12-01', to: '2026-12-31', page: 2 }),
        contracts.experienceListQuerySchema,
      ],
      [
        staffExperienceListParams({ q: 'mata', category: 'TRAIL', active: false, page: 2 }),
        contracts.experienceListQuerySchema,
      ],
      [bookingListParams({}), contracts.bookingListQuerySchema],
      [
        bookingListParams({ status: 'CREATED', q: 'ana', experienceId, from: '2026-12-01', to: '2026-12-31', page: 3 }),
        contracts.bookingListQuerySchema,
      ],
      [userListParams({}), contracts.userListQuerySchema],
      [
        userListParams({ q: 'ana', role: 'PROFESSOR', active: true, professorStatus: 'APPROVED', page: 4 }, 50),
        contracts.userListQuerySchema,
      ],
      [queueParams({}), contracts.professorRequestListQuerySchema],
      [queueParams({ status: 'REJECTED', page: 3 }), contracts.professorRequestListQuerySchema],
    ];
    for (const [params, schema] of cases) {
      expect(schema.safeParse(query(params)).success, params.toString()).toBe(true);
    }
  });
});
