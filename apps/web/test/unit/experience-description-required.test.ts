import { createExperienceRequestSchema, updateExperienceRequestSchema } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n';
import { catalogueMessage, type FormIssue } from '../../src/features/staff-catalogue/catalogue-validation';
import { parseExperienceForm } from '../../src/features/staff-catalogue/experience-form-schema';
import {
  emptyExperienceForm,
  type ExperienceFormValues,
} from '../../src/features/staff-catalogue/experience-form-values';

// DESIGN.md §2: an experience's description is required in Portuguese (ADR 0044). The staff form
// says so before the API has to.

function lodge(description: ExperienceFormValues['description']): ExperienceFormValues {
  return {
    ...emptyExperienceForm('HOSTING'),
    name: { pt: 'Alojamento', en: '' },
    description,
    capacity: '8',
    price: '80',
  };
}

function issuesOf(result: { ok: true } | { ok: false; issues: FormIssue[] }): Record<string, string> {
  return result.ok ? {} : Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
}

describe('experience form: the Portuguese description', () => {
  it('is required, with its own message, even when the English one is given', () => {
    for (const pt of ['', '   ']) {
      const result = parseExperienceForm(lodge({ pt, en: 'A lodge in the forest.' }), 'pt-BR');
      expect(issuesOf(result)).toEqual({ 'description.pt': catalogueMessage('descriptionPt') });
    }
  });

  it('is sent trimmed when given, and the API contract accepts the result', () => {
    const result = parseExperienceForm(lodge({ pt: '  Quartos coletivos. ', en: '' }), 'en');
    if (!result.ok) throw new Error(`the form should be valid: ${JSON.stringify(result.issues)}`);
    expect(result.value.description).toEqual({ pt: 'Quartos coletivos.', en: null });
    expect(createExperienceRequestSchema.safeParse(result.value).success).toBe(true);
  });

  it('refuses more than 5000 characters with the shared "too long" message', () => {
    const result = parseExperienceForm(lodge({ pt: 'a'.repeat(5001), en: '' }), 'pt-BR');
    expect(Object.keys(issuesOf(result))).toEqual(['description.pt']);
    expect(issuesOf(result)['description.pt']).not.toBe(catalogueMessage('descriptionPt'));
  });

  it('has its message in both languages', () => {
    const pt = createI18n('pt-BR').t('staffCatalogue.validation.descriptionPt');
    const en = createI18n('en').t('staffCatalogue.validation.descriptionPt');
    expect(pt).toMatch(/descrição em português/);
    expect(en).toMatch(/description in Portuguese/);
  });

  it('is what the contract requires too, on creation and in an edit', () => {
    const base = { category: 'HOSTING', name: { pt: 'Alojamento' }, capacity: 8, priceCents: 8000 };
    const paths = (value: unknown) => {
      const parsed = createExperienceRequestSchema.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(paths(base)).toEqual(['description']);
    expect(paths({ ...base, description: { pt: ' ', en: 'Lodge' } })).toEqual(['description.pt']);
    expect(paths({ ...base, description: { pt: 'Quartos.' } })).toEqual([]);
    expect(updateExperienceRequestSchema.safeParse({ description: { pt: '' } }).success).toBe(false);
  });
});
