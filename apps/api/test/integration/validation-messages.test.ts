import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { dayLine, inDays, participant, postBooking } from '../support/bookings.js';

type Issue = { path: string; code: string; message: string };

describe('VALIDATION_FAILED field messages follow Accept-Language (PostgreSQL + Redis)', () => {
  let t: IntegrationApp;
  let guest: LoggedIn;

  beforeAll(async () => {
    t = await startIntegrationApp();
    guest = await login(t.app, await createTestUser(t.context));
  });
  afterAll(async () => t.close());

  async function issuesOf(language: string, payload: unknown): Promise<Issue[]> {
    const response = await postBooking(t.app, guest, payload, { 'accept-language': language });
    expect(response.statusCode).toBe(400);
    return response.json().error.details.issues;
  }

  const badBooking = () => {
    const line = { ...dayLine(randomUUID(), inDays(10), 0), endDate: inDays(9) };
    const twin = participant(1);
    return { lines: [line], participants: [twin, { ...twin, name: 'Outra Pessoa' }] };
  };

  it('answers schema refusals in Portuguese by default and in English when asked', async () => {
    const pt = await issuesOf('pt-BR,pt;q=0.9', badBooking());
    const en = await issuesOf('en-GB', badBooking());
    const by = (issues: Issue[], path: string) => issues.find((issue) => issue.path === path);

    expect(by(pt, 'body.lines.0.people')).toMatchObject({ code: 'too_small', message: 'Use um valor a partir de 1.' });
    expect(by(en, 'body.lines.0.people')).toMatchObject({ code: 'too_small', message: 'Use a value of at least 1.' });
    // A contract refinement is known by its reason, worded per language.
    expect(by(pt, 'body.lines.0.endDate')).toMatchObject({ code: 'end_before_start' });
    expect(by(pt, 'body.lines.0.endDate')?.message).toMatch(/depois do início/);
    expect(by(en, 'body.lines.0.endDate')?.message).toMatch(/after the start/);
  });

  it('words the participant rules with the values they name', async () => {
    const line = dayLine(randomUUID(), inDays(10), 2);
    const twin = participant(1);
    const payload = { lines: [line], participants: [twin, { ...twin, name: 'Outra Pessoa' }] };
    const [pt] = await issuesOf('pt-BR', payload);
    const [en] = await issuesOf('en', payload);
    expect(pt).toEqual({
      path: 'body.participants.1.document',
      code: 'duplicate_document',
      message: 'Mesmo documento do participante 0.',
    });
    expect(en?.message).toBe('Same document as participant 0.');
  });

  it('words the use-cases’ own refusals too (an unknown experience)', async () => {
    const payload = { lines: [dayLine(randomUUID(), inDays(10), 1)] };
    const [pt] = await issuesOf('pt-BR', payload);
    const [en] = await issuesOf('en', payload);
    expect(pt).toMatchObject({ path: 'body.lines.0.experienceId', code: 'unknown_experience' });
    expect(pt?.message).toMatch(/Nenhuma experiência/);
    expect(en?.message).toBe('No bookable experience has this id.');
  });

  it('words a refused header', async () => {
    const payload = { lines: [dayLine(randomUUID(), inDays(10), 1)] };
    const response = await postBooking(t.app, guest, payload, { 'idempotency-key': 'no', 'accept-language': 'en' });
    const issues: Issue[] = response.json().error.details.issues;
    expect(issues).toContainEqual({
      path: 'headers.idempotency-key',
      code: 'invalid_format',
      message: 'Use 8 to 100 letters, digits or _.:-',
    });
  });
});
