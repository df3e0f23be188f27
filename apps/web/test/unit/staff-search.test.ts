import { userListQuerySchema } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import {
  activeFromOption,
  activeOption,
  hasFilters,
  normalizeQuery,
  pageWindow,
  queueParams,
  userListParams,
  validateQueueSearch,
  validateUserSearch,
} from '../../src/features/staff/staff-search';

describe('validateUserSearch (address bar → filters)', () => {
  it('reads every filter, as the router hands them over (JSON-parsed values)', () => {
    expect(
      validateUserSearch({ q: ' ana ', role: 'GUEST', active: false, professorStatus: 'PENDING', page: 3 }),
    ).toEqual({ q: 'ana', role: 'GUEST', active: false, professorStatus: 'PENDING', page: 3 });
  });

  it('reads raw strings too, and a numeric query as text', () => {
    expect(validateUserSearch({ q: 123, active: 'true', page: '2' })).toMatchObject({
      q: '123',
      active: true,
      page: 2,
    });
  });

  it('drops anything invalid, and returns every key so no raw value slips through', () => {
    const search = validateUserSearch({
      q: '   ',
      role: 'SUPERUSER',
      active: 'yes',
      professorStatus: 'MAYBE',
      page: -1,
      extra: 'x',
    });
    expect(search).toEqual({
      q: undefined,
      role: undefined,
      active: undefined,
      professorStatus: undefined,
      page: undefined,
    });
    expect(Object.keys(search).sort()).toEqual(['active', 'page', 'professorStatus', 'q', 'role']);
    expect(validateUserSearch({ q: { $ne: 1 }, page: 2.5 })).toMatchObject({ q: undefined, page: undefined });
  });

  it('keeps page 1 out of the address (it is the default)', () => {
    expect(validateUserSearch({ page: 1 }).page).toBeUndefined();
    expect(validateUserSearch({ page: '1' }).page).toBeUndefined();
  });

  it('bounds the query as the API does', () => {
    expect(validateUserSearch({ q: 'a'.repeat(150) }).q).toHaveLength(100);
    expect(normalizeQuery('  x  ')).toBe('x');
    expect(normalizeQuery(' ')).toBeUndefined();
  });
});

describe('userListParams (filters → GET /users)', () => {
  it('sends the filters the API understands, page 1 and the page size by default', () => {
    const params = userListParams({ q: 'ana souza', role: 'PROFESSOR', active: true, professorStatus: 'APPROVED' });
    expect(params.toString()).toBe(
      'q=ana+souza&role=PROFESSOR&active=true&professorStatus=APPROVED&page=1&pageSize=20',
    );
    expect(userListQuerySchema.parse(Object.fromEntries(params))).toEqual({
      q: 'ana souza',
      role: 'PROFESSOR',
      active: true,
      professorStatus: 'APPROVED',
      page: 1,
      pageSize: 20,
    });
  });

  it('sends "inactive" as active=false, and leaves unset filters out', () => {
    expect(userListParams({ active: false, page: 4 }, 50).toString()).toBe('active=false&page=4&pageSize=50');
    expect(userListParams({}).toString()).toBe('page=1&pageSize=20');
  });

  it('round-trips through the address bar', () => {
    const search = { q: 'x', role: 'ADMIN' as const, active: false, professorStatus: undefined, page: 2 };
    expect(validateUserSearch(Object.fromEntries(userListParams(search)))).toEqual(search);
  });
});

describe('the professor queue search', () => {
  it('defaults to the pending requests, kept out of the address', () => {
    expect(validateQueueSearch({})).toEqual({ status: undefined, page: undefined });
    expect(validateQueueSearch({ status: 'PENDING' }).status).toBeUndefined();
    expect(validateQueueSearch({ status: 'APPROVED', page: 2 })).toEqual({ status: 'APPROVED', page: 2 });
    expect(validateQueueSearch({ status: 'NONE' }).status).toBeUndefined();
    expect(queueParams({}).toString()).toBe('status=PENDING&page=1&pageSize=20');
    expect(queueParams({ status: 'REJECTED', page: 3 }).toString()).toBe('status=REJECTED&page=3&pageSize=20');
  });
});

describe('filter form values', () => {
  it('map the status select to the active flag and back', () => {
    expect(activeOption(undefined)).toBe('');
    expect(activeOption(true)).toBe('true');
    expect(activeOption(false)).toBe('false');
    expect(activeFromOption('')).toBeUndefined();
    expect(activeFromOption('true')).toBe(true);
    expect(activeFromOption('false')).toBe(false);
  });

  it('tell whether anything narrows the list (the page number does not)', () => {
    expect(hasFilters({ page: 3 })).toBe(false);
    expect(hasFilters({ q: 'a' })).toBe(true);
    expect(hasFilters({ active: false })).toBe(true);
  });
});

describe('pageWindow', () => {
  it('says which rows a page shows and how many pages there are', () => {
    expect(pageWindow(1, 20, 45)).toEqual({ first: 1, last: 20, pages: 3 });
    expect(pageWindow(3, 20, 45)).toEqual({ first: 41, last: 45, pages: 3 });
    expect(pageWindow(1, 20, 0)).toEqual({ first: 0, last: 0, pages: 1 });
    expect(pageWindow(1, 20, 20)).toEqual({ first: 1, last: 20, pages: 1 });
  });
});
