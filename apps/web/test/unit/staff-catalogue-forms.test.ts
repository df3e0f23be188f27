import {
  createClosureRequestSchema,
  createExperienceRequestSchema,
  createHighlightRequestSchema,
  updateExperienceRequestSchema,
  updateHighlightRequestSchema,
  type Experience,
  type Highlight,
} from '@promata/contracts';
import type { UseFormSetError } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/lib/api-client';
import { createI18n } from '../../src/i18n/create-i18n';
import { catalogueErrorKey, isStaleError } from '../../src/features/staff-catalogue/catalogue-error';
import {
  catalogueMessage,
  decodeCatalogueMessage,
  type FormIssue,
} from '../../src/features/staff-catalogue/catalogue-validation';
import { parseClosureForm, type ClosureFormValues } from '../../src/features/staff-catalogue/closure-form-values';
import { groupByMonth } from '../../src/features/staff-catalogue/closure-months';
import { parseExperienceForm, toUpdateRequest } from '../../src/features/staff-catalogue/experience-form-schema';
import {
  emptyExperienceForm,
  experienceToFormValues,
  type ExperienceFormValues,
} from '../../src/features/staff-catalogue/experience-form-values';
import { experienceListParams, validateExperienceSearch } from '../../src/features/staff-catalogue/experience-search';
import { parseHighlightForm, highlightToFormValues } from '../../src/features/staff-catalogue/highlight-form-values';
import { canPlaceIn, slotStates } from '../../src/features/staff-catalogue/highlight-slots';
import { arrangement } from '../../src/features/staff-catalogue/gallery-arrangement';
import { moveItem } from '../../src/features/staff-catalogue/reorder';
import { applyCatalogueServerErrors, knownField } from '../../src/features/staff-catalogue/server-issues';
import {
  experienceFieldAliases,
  experienceFieldNames,
} from '../../src/features/staff-catalogue/experience-form-fields';

/** A filled-in form of a category: what staff would type. */
function filled(category: ExperienceFormValues['category'], change: Partial<ExperienceFormValues> = {}) {
  return {
    ...emptyExperienceForm(category),
    name: { pt: '  Trilha das Araucárias ', en: '' },
    description: { pt: 'Caminhada pela mata.', en: 'A walk in the forest.' },
    whatToBring: { pt: 'Água', en: '' },
    capacity: '20',
    price: '45,50',
    weekDays: ['6', '0'],
    trail: { durationMinutes: '90', difficulty: 'MODERATE', lengthKm: '5,5' },
    event: { startsAt: '2026-12-10T09:00', endsAt: '2026-12-10T17:30' },
    requiresVerifiedProfessor: true,
    ...change,
  } satisfies ExperienceFormValues;
}

function issuesOf(result: { ok: true } | { ok: false; issues: FormIssue[] }): Record<string, string> {
  return result.ok ? {} : Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
}

const common = {
  name: { pt: 'Trilha das Araucárias', en: null },
  description: { pt: 'Caminhada pela mata.', en: 'A walk in the forest.' },
  whatToBring: { pt: 'Água', en: null },
  capacity: 20,
  priceCents: 4550,
  professorPriceRule: 'PAYS',
  active: true,
  offerFrom: null,
  offerUntil: null,
  weekDays: [0, 6],
  minNoticeDays: 0,
  maxAdvanceDays: 365,
};

describe('experience form → request body', () => {
  it('sends a trail with its trail fields only, the price in centavos', () => {
    const result = parseExperienceForm(filled('TRAIL'), 'pt-BR');
    expect(result).toEqual({
      ok: true,
      value: { category: 'TRAIL', ...common, trail: { durationMinutes: 90, difficulty: 'MODERATE', lengthKm: 5.5 } },
    });
    if (result.ok) expect(createExperienceRequestSchema.safeParse(result.value).success).toBe(true);
  });

  it('sends an event with its São Paulo times as UTC instants', () => {
    const result = parseExperienceForm(filled('EVENT'), 'pt-BR');
    expect(result).toEqual({
      ok: true,
      value: {
        category: 'EVENT',
        ...common,
        event: { startsAt: '2026-12-10T12:00:00.000Z', endsAt: '2026-12-10T20:30:00.000Z' },
      },
    });
    if (result.ok) expect(createExperienceRequestSchema.safeParse(result.value).success).toBe(true);
  });

  it('sends a laboratory with its professor rule and lodging with nothing of its own', () => {
    const laboratory = parseExperienceForm(filled('LABORATORY'), 'en');
    expect(laboratory).toEqual({
      ok: true,
      value: { category: 'LABORATORY', ...common, requiresVerifiedProfessor: true },
    });
    const hosting = parseExperienceForm(filled('HOSTING', { professorPriceRule: 'EXEMPT' }), 'pt-BR');
    expect(hosting).toEqual({ ok: true, value: { category: 'HOSTING', ...common, professorPriceRule: 'EXEMPT' } });
    // The API refuses another category's fields: typed trail values never reach a lodging.
    for (const result of [laboratory, hosting]) {
      if (result.ok) expect(createExperienceRequestSchema.safeParse(result.value).success).toBe(true);
    }
  });

  it('reads the price in the interface language, exactly', () => {
    const price = (text: string, language: 'pt-BR' | 'en') => {
      const result = parseExperienceForm(filled('HOSTING', { price: text }), language);
      return result.ok ? result.value.priceCents : issuesOf(result).price;
    };
    expect(price('45,50', 'pt-BR')).toBe(4550);
    expect(price('45.50', 'pt-BR')).toBe(4550);
    expect(price('45.50', 'en')).toBe(4550);
    expect(price('1.234,56', 'pt-BR')).toBe(123456);
    expect(price('1,234.56', 'en')).toBe(123456);
    expect(price('0', 'en')).toBe(0);
    expect(price('abc', 'pt-BR')).toBe(catalogueMessage('price'));
    expect(price('100000,01', 'pt-BR')).toBe(catalogueMessage('priceTooHigh'));
    expect(price('', 'pt-BR')).toBe('i18n:required');
  });

  it('finds every problem at once, each on its field', () => {
    const result = parseExperienceForm(
      filled('TRAIL', {
        name: { pt: ' ', en: 'x'.repeat(201) },
        capacity: '0',
        price: '45,505',
        offerFrom: '2026-12-10',
        offerUntil: '2026-12-01',
        weekDays: [],
        minNoticeDays: '-1',
        maxAdvanceDays: '731',
        trail: { durationMinutes: '1,5', difficulty: '', lengthKm: '0' },
      }),
      'pt-BR',
    );
    expect(issuesOf(result)).toEqual({
      'name.pt': 'i18n:required',
      'name.en': 'i18n:tooLong|200',
      'trail.durationMinutes': catalogueMessage('wholeNumber', { min: 1, max: 1440 }),
      'trail.difficulty': catalogueMessage('choose'),
      'trail.lengthKm': catalogueMessage('lengthKm'),
      capacity: catalogueMessage('wholeNumber', { min: 1, max: 10_000 }),
      price: catalogueMessage('price'),
      offerUntil: catalogueMessage('offerOrder'),
      weekDays: catalogueMessage('weekDays'),
      minNoticeDays: catalogueMessage('wholeNumber', { min: 0, max: 365 }),
      maxAdvanceDays: catalogueMessage('wholeNumber', { min: 1, max: 730 }),
    });
  });

  it('checks an event’s times: both given, real, the end after the start', () => {
    const check = (startsAt: string, endsAt: string) =>
      issuesOf(parseExperienceForm(filled('EVENT', { event: { startsAt, endsAt } }), 'pt-BR'));
    expect(check('', '')).toEqual({ 'event.startsAt': 'i18n:required', 'event.endsAt': 'i18n:required' });
    expect(check('2026-12-10T09:00', '2026-12-10T09:00')).toEqual({
      'event.endsAt': catalogueMessage('endAfterStart'),
    });
    expect(check('2026-02-30T09:00', '2026-12-10T09:00')).toEqual({ 'event.startsAt': catalogueMessage('dateTime') });
  });

  it('turns an edit into a PATCH body the API takes: every field but the category', () => {
    const result = parseExperienceForm(filled('TRAIL'), 'pt-BR');
    if (!result.ok) throw new Error('the form should be valid');
    const body = toUpdateRequest(result.value);
    expect(body).not.toHaveProperty('category');
    expect(body).toMatchObject({ priceCents: 4550, trail: { lengthKm: 5.5 } });
    expect(updateExperienceRequestSchema.safeParse(body).success).toBe(true);
  });

  it('fills the edit form from a stored experience, which reads back to the same body', () => {
    const stored: Experience = {
      id: '0b6f6b0e-2a4c-4d43-9a61-3f0c2f7c1d11',
      category: 'EVENT',
      active: false,
      name: { pt: 'Oficina de aves', en: 'Bird workshop' },
      description: { pt: 'Dois dias com ornitólogos.', en: null },
      whatToBring: { pt: null, en: 'Binoculars' },
      capacity: 30,
      priceCents: 123456,
      professorPriceRule: 'EXEMPT',
      requiresVerifiedProfessor: false,
      trail: null,
      event: { startsAt: '2018-12-15T12:00:00.000Z', endsAt: '2018-12-15T20:00:00.000Z' },
      cover: null,
      offerFrom: '2018-12-01',
      offerUntil: '2018-12-31',
      weekDays: [1, 3, 5],
      minNoticeDays: 2,
      maxAdvanceDays: 90,
      images: [],
      createdAt: '2018-11-01T12:00:00.000Z',
      updatedAt: '2018-11-01T12:00:00.000Z',
    };
    const values = experienceToFormValues(stored, 'pt-BR');
    // Summer time in 2018: 12:00 UTC was 10:00 at the reserve.
    expect(values.event).toEqual({ startsAt: '2018-12-15T10:00', endsAt: '2018-12-15T18:00' });
    expect(values.price).toBe('1234,56');
    expect(experienceToFormValues(stored, 'en').price).toBe('1234.56');
    expect(values.weekDays).toEqual(['1', '3', '5']);
    expect(parseExperienceForm(values, 'pt-BR')).toEqual({
      ok: true,
      value: {
        category: 'EVENT',
        name: stored.name,
        description: stored.description,
        whatToBring: stored.whatToBring,
        capacity: 30,
        priceCents: 123456,
        professorPriceRule: 'EXEMPT',
        active: false,
        offerFrom: '2018-12-01',
        offerUntil: '2018-12-31',
        weekDays: [1, 3, 5],
        minNoticeDays: 2,
        maxAdvanceDays: 90,
        event: stored.event,
      },
    });
  });
});

describe('catalogue validation messages', () => {
  it('round-trip their key and bounds, and exist in both languages', () => {
    const message = catalogueMessage('wholeNumber', { min: 1, max: 10_000 });
    expect(decodeCatalogueMessage(message)).toEqual({ key: 'wholeNumber', bounds: { min: 1, max: 10_000 } });
    expect(decodeCatalogueMessage('i18n:catalogue.nope')).toBeUndefined();
    expect(decodeCatalogueMessage('i18n:required')).toBeUndefined();
    expect(createI18n('pt-BR').t('staffCatalogue.validation.wholeNumber', { min: '1', max: '10.000' })).toBe(
      'Use um número inteiro de 1 a 10.000.',
    );
    expect(createI18n('en').t('staffCatalogue.validation.price')).toBe('Enter the price in reais, such as 45.50.');
  });
});

describe('closure form → request body', () => {
  const values: ClosureFormValues = {
    scope: 'RESERVE',
    experienceId: '',
    startsOn: '2026-12-24',
    endsOn: '2026-12-26',
    reason: { pt: ' Natal ', en: '' },
  };

  it('closes the whole reserve, dates inclusive, with the reason', () => {
    const result = parseClosureForm(values);
    expect(result).toEqual({
      ok: true,
      value: { experienceId: null, startsOn: '2026-12-24', endsOn: '2026-12-26', reason: { pt: 'Natal', en: null } },
    });
    if (result.ok) expect(createClosureRequestSchema.safeParse(result.value).success).toBe(true);
  });

  it('closes one experience once it is chosen, and a single day', () => {
    const id = '0b6f6b0e-2a4c-4d43-9a61-3f0c2f7c1d11';
    expect(issuesOf(parseClosureForm({ ...values, scope: 'EXPERIENCE' }))).toEqual({
      experienceId: catalogueMessage('chooseExperience'),
    });
    const result = parseClosureForm({ ...values, scope: 'EXPERIENCE', experienceId: id, endsOn: '2026-12-24' });
    expect(result).toMatchObject({
      ok: true,
      value: { experienceId: id, startsOn: '2026-12-24', endsOn: '2026-12-24' },
    });
  });

  it('refuses a last day before the first, a missing date and a missing reason', () => {
    expect(issuesOf(parseClosureForm({ ...values, endsOn: '2026-12-23', reason: { pt: '', en: '' } }))).toEqual({
      endsOn: catalogueMessage('lastDayOrder'),
      'reason.pt': 'i18n:required',
    });
    expect(issuesOf(parseClosureForm({ ...values, startsOn: '' }))).toEqual({ startsOn: 'i18n:required' });
  });

  it('groups closures by the month they start in', () => {
    const closure = (id: string, startsOn: string) => ({
      id,
      experienceId: null,
      startsOn,
      endsOn: startsOn,
      reason: { pt: 'x', en: null },
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const groups = groupByMonth([closure('a', '2026-11-30'), closure('b', '2026-12-01'), closure('c', '2026-12-24')]);
    expect(groups.map(([month, items]) => [month, items.map((item) => item.id)])).toEqual([
      ['2026-11', ['a']],
      ['2026-12', ['b', 'c']],
    ]);
  });
});

describe('highlights', () => {
  const highlight = (id: string, slot: Highlight['slot'], position: number): Highlight => ({
    id,
    slot,
    position,
    title: { pt: `Destaque ${id}`, en: null },
    description: { pt: '', en: null },
    experience: null,
    image: null,
    imageSource: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('knows which slots are full, so that adding past a cap is never offered', () => {
    const carousel = [1, 2, 3, 4, 5].map((position) => highlight(`c${position}`, 'CAROUSEL', position));
    const trails = [highlight('t2', 'TRAIL', 2), highlight('t1', 'TRAIL', 1)];
    const states = slotStates([...trails, ...carousel]);
    expect(states.map((state) => [state.slot, state.items.length, state.max, state.full])).toEqual([
      ['CAROUSEL', 5, 5, true],
      ['TRAIL', 2, 3, false],
      ['HOSTING', 0, 3, false],
      ['LABORATORY', 0, 3, false],
      ['EVENT', 0, 3, false],
    ]);
    expect(states[1]?.items.map((item) => item.id)).toEqual(['t1', 't2']);
    expect(canPlaceIn(states, 'CAROUSEL')).toBe(false);
    expect(canPlaceIn(states, 'CAROUSEL', 'CAROUSEL')).toBe(true);
    expect(canPlaceIn(states, 'TRAIL', 'CAROUSEL')).toBe(true);
  });

  it('turns the form into the create and update bodies', () => {
    const values = highlightToFormValues(highlight('x', 'EVENT', 1));
    expect(values).toEqual({
      slot: 'EVENT',
      title: { pt: 'Destaque x', en: '' },
      description: { pt: '', en: '' },
      experienceId: '',
    });
    const result = parseHighlightForm({ ...values, title: { pt: ' Araucárias ', en: 'Araucarias' } });
    expect(result).toEqual({
      ok: true,
      value: {
        slot: 'EVENT',
        title: { pt: 'Araucárias', en: 'Araucarias' },
        description: { pt: '', en: null },
        experienceId: null,
      },
    });
    if (result.ok) {
      expect(createHighlightRequestSchema.safeParse(result.value).success).toBe(true);
      expect(updateHighlightRequestSchema.safeParse(result.value).success).toBe(true);
    }
    expect(issuesOf(parseHighlightForm({ ...values, title: { pt: '', en: 'x'.repeat(121) } }))).toEqual({
      'title.pt': 'i18n:required',
      'title.en': 'i18n:tooLong|120',
    });
  });
});

describe('reordering', () => {
  it('moves one item and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 1, 2)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['b', 'a']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('names every picture once, with its alt text, in the PATCH of a gallery', () => {
    const image = (id: string) => ({
      id,
      position: 1,
      width: 800,
      height: 600,
      alt: { pt: `foto ${id}`, en: null },
      variants: {
        w480: { url: '', width: 1, height: 1 },
        w960: { url: '', width: 1, height: 1 },
        w1600: { url: '', width: 1, height: 1 },
        card: { url: '', width: 1, height: 1 },
      },
    });
    const images = [image('a'), image('b')];
    expect(arrangement(moveItem(images, 1, 0))).toEqual({
      images: [
        { id: 'b', alt: { pt: 'foto b', en: null } },
        { id: 'a', alt: { pt: 'foto a', en: null } },
      ],
    });
    expect(arrangement(images, { id: 'b', alt: { pt: 'Mata', en: 'Forest' } }).images[1]).toEqual({
      id: 'b',
      alt: { pt: 'Mata', en: 'Forest' },
    });
  });
});

describe('refusals and the list address', () => {
  const conflict = (reason: string) => new ApiError('conflict', 409, 'CONFLICT', { details: { reason } });

  it('words the catalogue’s refusals itself and knows which ones mean "refresh"', () => {
    expect(catalogueErrorKey(conflict('HAS_BOOKINGS'))).toBe('hasBookings');
    expect(catalogueErrorKey(conflict('SLOT_FULL'))).toBe('slotFull');
    expect(catalogueErrorKey(conflict('IMAGES_CHANGED'))).toBe('imagesChanged');
    expect(catalogueErrorKey(conflict('SOMETHING_ELSE'))).toBeUndefined();
    expect(catalogueErrorKey(new ApiError('x', 415, 'UNSUPPORTED_FILE_TYPE'))).toBe('unreadableImage');
    expect(catalogueErrorKey(new ApiError('x', 400, 'VALIDATION_FAILED'))).toBeUndefined();
    expect(isStaleError(conflict('HIGHLIGHTS_CHANGED'))).toBe(true);
    expect(isStaleError(conflict('HAS_BOOKINGS'))).toBe(false);
  });

  it('keeps only valid filters from the address and sends them as the contract wants', () => {
    const search = validateExperienceSearch({ q: '  mata ', category: 'TRAIL', active: 'false', page: '2', x: 1 });
    expect(search).toEqual({ q: 'mata', category: 'TRAIL', active: false, page: 2 });
    expect(validateExperienceSearch({ category: 'BOAT', active: 'maybe', page: 1 })).toEqual({
      q: undefined,
      category: undefined,
      active: undefined,
      page: undefined,
    });
    expect(experienceListParams(search).toString()).toBe('q=mata&category=TRAIL&active=false&page=2&pageSize=20');
  });
});

describe('the API’s field errors', () => {
  const refusal = (issues: { path: string; code: string; message: string }[]) =>
    new ApiError('invalid', 400, 'VALIDATION_FAILED', { details: { issues } });

  it('land on the form’s fields (the price under its form name), in the page’s words, focusing the first', () => {
    const set: [string, string | undefined, boolean | undefined][] = [];
    const setError: UseFormSetError<ExperienceFormValues> = (name, error, options) =>
      void set.push([name, error.message, options?.shouldFocus]);
    const applied = applyCatalogueServerErrors(
      refusal([
        { path: 'body.priceCents', code: 'too_big', message: 'Too big: expected number to be <=10000000' },
        { path: 'body.trail.lengthKm', code: 'too_small', message: 'Too small' },
        { path: 'body.unknownField', code: 'unrecognized_keys', message: 'Unrecognized key' },
        { path: 'query.page', code: 'too_small', message: 'Too small' },
      ]),
      setError,
      knownField(experienceFieldNames, experienceFieldAliases),
    );
    expect(applied).toBe(true);
    expect(set).toEqual([
      ['price', catalogueMessage('serverField'), true],
      ['trail.lengthKm', catalogueMessage('serverField'), false],
    ]);
  });

  it('say when the linked experience vanished, and leave other refusals to the form’s alert', () => {
    const set: string[] = [];
    const setError: UseFormSetError<ClosureFormValues> = (name, error) => void set.push(`${name}: ${error.message}`);
    const fieldFor = knownField(['experienceId'] as const);
    expect(
      applyCatalogueServerErrors(
        refusal([{ path: 'body.experienceId', code: 'not_found', message: 'no such experience' }]),
        setError,
        fieldFor,
      ),
    ).toBe(true);
    expect(set).toEqual([`experienceId: ${catalogueMessage('experienceGone')}`]);
    expect(applyCatalogueServerErrors(new ApiError('conflict', 409, 'CONFLICT'), setError, fieldFor)).toBe(false);
    expect(applyCatalogueServerErrors(refusal([{ path: 'body', code: 'x', message: 'x' }]), setError, fieldFor)).toBe(
      false,
    );
  });
});
