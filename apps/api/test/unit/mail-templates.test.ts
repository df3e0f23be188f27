import { locales, roles, type Locale } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import { renderMail, templates } from '../../src/platform/mail/render-mail.js';
import type { TemplateData, TemplateName } from '../../src/platform/mail/templates/mail-content.js';

const hostile = '<script>alert("x")</script> & Ana';
const url = 'https://promata.example/auth/verify?token=tok_9f86d081&lang=pt-BR';

/** Data for every template; URL-bearing fields get distinct values so each can be found. */
const samples: { [T in TemplateName]: TemplateData<T> } = {
  'verify-email': { name: hostile, url },
  'reset-password': { name: hostile, url },
  invitation: { name: hostile, url, role: 'PROFESSOR' },
  'sign-up-existing-account': {
    name: hostile,
    loginUrl: 'https://promata.example/login?from=mail&x=1',
    resetUrl: 'https://promata.example/reset?from=mail&x=2',
  },
  'password-changed': { name: hostile },
  'professor-request-received': {
    name: hostile,
    applicantName: '<b>Bia</b> Conceição',
    applicantEmail: 'bia@example.org',
    url,
  },
  'professor-approved': { name: hostile, message: 'Bem-vinda!' },
  'professor-rejected': { name: hostile, message: 'Envie um documento legível.' },
  'account-deleted': { name: hostile },
  'booking-updated': {
    name: hostile,
    reference: 'A1B2C3D4',
    status: 'PAYMENT_REQUESTED',
    message: 'Pague até sexta.',
    url: 'https://promata.example/bookings/1?from=mail',
  },
  'booking-reminder': {
    name: hostile,
    reference: 'A1B2C3D4',
    startDate: '2030-03-01',
    url: 'https://promata.example/bookings/2?from=mail',
  },
  'booking-price-adjusted': {
    name: hostile,
    reference: 'A1B2C3D4',
    experienceName: { pt: 'Trilha da Mata', en: null },
    fromTotalCents: 12_000,
    toTotalCents: 9_950,
    bookingTotalCents: 19_950,
    reason: 'Desconto de grupo escolar.',
    url: 'https://promata.example/bookings/3?from=mail',
  },
  'booking-staff-alert': {
    name: hostile,
    kind: 'NEW_BOOKING',
    reference: 'A1B2C3D4',
    ownerName: 'Caio Souza',
    ownerEmail: 'caio@example.org',
    url: 'https://promata.example/staff/bookings/1?from=mail',
  },
};

const names = Object.keys(templates) as TemplateName[];

/** Loosely typed on purpose: some cases pass data the types would refuse (blank names, bad links). */
function render(template: TemplateName, locale: Locale, data: object = samples[template]) {
  return renderMail({ template, locale, data } as Parameters<typeof renderMail>[0]);
}

const linksOf = (template: TemplateName): string[] =>
  Object.entries(samples[template])
    .filter(([key]) => key === 'url' || key.endsWith('Url'))
    .map(([, value]) => String(value));

describe('mail templates', () => {
  it('covers every template of the Mailer interface', () => {
    expect(names.sort()).toEqual(Object.keys(samples).sort());
  });

  describe.each(names)('%s', (template) => {
    it.each(locales)('renders a subject, a text part and an HTML part in %s', (locale) => {
      const mail = render(template, locale);
      expect(mail.subject.trim()).not.toBe('');
      expect(mail.subject).not.toMatch(/\n/);
      expect(mail.text.trim()).not.toBe('');
      expect(mail.html).toMatch(/^<!DOCTYPE html>/);
      expect(mail.html).toContain(`<html lang="${locale}"`);
      expect(mail.html).toContain('#1d4d2f');
      expect(mail.html).toContain('>Pró-Mata</p>');
    });

    it('says different things in pt-BR and en', () => {
      const pt = render(template, 'pt-BR');
      const en = render(template, 'en');
      expect(pt.subject).not.toBe(en.subject);
      expect(pt.text).not.toBe(en.text);
      expect(pt.html).not.toBe(en.html);
    });

    it.each(locales)('escapes the values it interpolates into HTML (%s)', (locale) => {
      const mail = render(template, locale);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('<b>Bia</b>');
      expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ana');
      // The text part is not HTML: the name appears as written.
      expect(mail.text).toContain(hostile);
    });

    it.each(locales)('puts every link in the text and in the HTML (%s)', (locale) => {
      const mail = render(template, locale);
      for (const link of linksOf(template)) {
        expect(mail.text.split('\n')).toContain(link);
        expect(mail.html).toContain(`href="${link.replaceAll('&', '&amp;')}"`);
      }
    });
  });

  it('writes a text part that reads on its own, without markup', () => {
    for (const template of names)
      for (const locale of locales) {
        const mail = render(template, locale, { ...samples[template], name: 'Ana', applicantName: 'Bia' });
        expect(mail.text, `${template} ${locale}`).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
        expect(mail.text).toMatch(locale === 'en' ? /^Hello Ana,/ : /^Olá, Ana!/);
      }
  });

  it('signs with the centre name in the recipient language', () => {
    expect(render('password-changed', 'pt-BR').text).toContain(
      'Centro de Pesquisas e Conservação da Natureza Pró-Mata',
    );
    expect(render('password-changed', 'en').html).toContain('Pró-Mata Research and Nature Conservation Centre');
  });

  it.each([
    ['GUEST', 'Visitante', 'Visitor'],
    ['PROFESSOR', 'Professor(a)', 'Professor'],
    ['ADMIN', 'Administrador(a)', 'Administrator'],
    ['ROOT', 'Superusuário(a)', 'Owner'],
  ] as const)('translates the invited role %s', (role, pt, en) => {
    const data = { name: 'Ana', url, role };
    const ptMail = render('invitation', 'pt-BR', data);
    const enMail = render('invitation', 'en', data);
    expect(ptMail.text).toContain(`perfil ${pt}.`);
    expect(enMail.text).toContain(`role ${en}.`);
    for (const mail of [ptMail, enMail]) for (const code of roles) expect(mail.text).not.toContain(code);
  });

  it('states how long each link is valid', () => {
    expect(render('verify-email', 'pt-BR').text).toContain('24 horas');
    expect(render('verify-email', 'en').text).toContain('24 hours');
    expect(render('reset-password', 'pt-BR').text).toContain('1 hora');
    expect(render('reset-password', 'en').text).toContain('your password is unchanged');
    expect(render('invitation', 'pt-BR').text).toContain('72 horas');
    expect(render('invitation', 'en').text).toContain('72 hours');
  });

  it.each(['professor-approved', 'professor-rejected'] as const)(
    'quotes the staff message of %s with its line breaks, or leaves it out',
    (template) => {
      const message = 'Linha um <ok>\nLinha dois\r\n\r\nFim';
      const mail = render(template, 'pt-BR', { name: 'Ana', message });
      expect(mail.html).toContain('Linha um &lt;ok&gt;<br>\nLinha dois<br>\n<br>\nFim</blockquote>');
      expect(mail.text).toContain('Mensagem da equipe:\n> Linha um <ok>\n> Linha dois\n>\n> Fim');
      expect(render(template, 'en', { name: 'Ana', message }).text).toContain('Message from the team:');

      for (const blank of [undefined, '  \n ']) {
        const without = render(template, 'pt-BR', { name: 'Ana', message: blank });
        expect(without.text).not.toContain('Mensagem da equipe');
        expect(without.html).not.toContain('<blockquote');
      }
    },
  );

  it("quotes the owner's note in a staff booking alert as theirs, never as the team's, or leaves it out", () => {
    const data = {
      ...samples['booking-staff-alert'],
      kind: 'CANCELLATION_REQUEST',
      message: 'Mudamos de planos.\nObrigado',
    };
    const pt = render('booking-staff-alert', 'pt-BR', data);
    expect(pt.subject).toBe('Pedido de cancelamento: A1B2C3D4');
    expect(pt.text).toContain('Mensagem do responsável:\n> Mudamos de planos.\n> Obrigado');
    const en = render('booking-staff-alert', 'en', data);
    expect(en.text).toContain('Message from the person who booked:\n> Mudamos de planos.\n> Obrigado');
    for (const mail of [pt, en]) expect(mail.text).not.toMatch(/Mensagem da equipe|Message from the team/);
    for (const blank of [undefined, ' \n ']) {
      const without = render('booking-staff-alert', 'pt-BR', { ...data, message: blank });
      expect(without.text).not.toContain('Mensagem do responsável');
      expect(without.html).not.toContain('<blockquote');
    }
  });

  it('keeps the subject on one line even when a name carries a line break', () => {
    const mail = render('professor-request-received', 'en', {
      name: 'Staff',
      applicantName: 'Bia\r\nBcc: everyone@example.org',
      applicantEmail: 'bia@example.org',
      url,
    });
    expect(mail.subject).toBe('New professor verification request: Bia Bcc: everyone@example.org');
    expect(mail.text).toContain('E-mail: bia@example.org');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => render('verify-email', 'en', { name: 'Ana', url: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => render('verify-email', 'en', { name: 'Ana', url: '/relative' })).toThrow(/absolute/);
  });

  it('greets without a name when there is none', () => {
    expect(render('account-deleted', 'pt-BR', { name: ' ' }).text).toMatch(/^Olá!\n/);
    expect(render('account-deleted', 'en', { name: '' }).text).toMatch(/^Hello,\n/);
  });
});
