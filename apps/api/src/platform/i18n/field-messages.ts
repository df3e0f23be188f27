import { maxAvailabilityDays, maxReportMonths, type Locale } from '@promata/contracts';

/**
 * The `message` of each VALIDATION_FAILED issue, in the client's language. Schemas and use-cases
 * name a refusal by its machine code (and, for the contracts' own refinements, a `reason` param);
 * the words live here, once per language, so no English developer text reaches a Portuguese client.
 */
export type IssueParams = Readonly<Record<string, unknown>>;
type Words = (params: IssueParams) => string;
type Table = Record<string, { 'pt-BR': Words; en: Words }>;

const n = (value: unknown) => (typeof value === 'bigint' || typeof value === 'number' ? String(value) : '?');
const s = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '?');

/** Zod's own issue codes, worded from the bounds zod reports. */
const zodCodes: Table = {
  invalid_type: {
    'pt-BR': (p) => (p.expected === 'int' ? 'Use um número inteiro.' : 'Campo obrigatório ou de tipo inválido.'),
    en: (p) => (p.expected === 'int' ? 'Use a whole number.' : 'Required, or of the wrong type.'),
  },
  too_small: {
    'pt-BR': (p) =>
      p.origin === 'string'
        ? Number(p.minimum) <= 1
          ? 'Campo obrigatório.'
          : `Use pelo menos ${n(p.minimum)} caracteres.`
        : p.origin === 'array' || p.origin === 'set'
          ? `Informe pelo menos ${n(p.minimum)} item(ns).`
          : `Use um valor ${p.inclusive === false ? 'maior que' : 'a partir de'} ${n(p.minimum)}.`,
    en: (p) =>
      p.origin === 'string'
        ? Number(p.minimum) <= 1
          ? 'Required.'
          : `Use at least ${n(p.minimum)} characters.`
        : p.origin === 'array' || p.origin === 'set'
          ? `Give at least ${n(p.minimum)} item(s).`
          : `Use a value ${p.inclusive === false ? 'greater than' : 'of at least'} ${n(p.minimum)}.`,
  },
  too_big: {
    'pt-BR': (p) =>
      p.origin === 'string'
        ? `Use no máximo ${n(p.maximum)} caracteres.`
        : p.origin === 'array' || p.origin === 'set'
          ? `Informe no máximo ${n(p.maximum)} item(ns).`
          : `Use um valor ${p.inclusive === false ? 'menor que' : 'de até'} ${n(p.maximum)}.`,
    en: (p) =>
      p.origin === 'string'
        ? `Use at most ${n(p.maximum)} characters.`
        : p.origin === 'array' || p.origin === 'set'
          ? `Give at most ${n(p.maximum)} item(s).`
          : `Use a value ${p.inclusive === false ? 'less than' : 'of at most'} ${n(p.maximum)}.`,
  },
  invalid_format: {
    'pt-BR': (p) =>
      p.format === 'email'
        ? 'Informe um e-mail válido.'
        : p.format === 'date'
          ? 'Informe uma data válida (AAAA-MM-DD).'
          : p.format === 'datetime'
            ? 'Informe data e hora válidas (ISO 8601).'
            : p.format === 'uuid'
              ? 'Identificador inválido.'
              : 'Formato inválido.',
    en: (p) =>
      p.format === 'email'
        ? 'Enter a valid e-mail address.'
        : p.format === 'date'
          ? 'Enter a valid date (YYYY-MM-DD).'
          : p.format === 'datetime'
            ? 'Enter a valid date and time (ISO 8601).'
            : p.format === 'uuid'
              ? 'Invalid identifier.'
              : 'Invalid format.',
  },
  invalid_value: { 'pt-BR': () => 'Valor não permitido.', en: () => 'Value not allowed.' },
  invalid_union: { 'pt-BR': () => 'Valor inválido.', en: () => 'Invalid value.' },
  not_multiple_of: {
    'pt-BR': (p) => `Use um múltiplo de ${n(p.divisor)}.`,
    en: (p) => `Use a multiple of ${n(p.divisor)}.`,
  },
  unrecognized_keys: {
    'pt-BR': (p) => `Campos não reconhecidos: ${Array.isArray(p.keys) ? p.keys.join(', ') : '?'}.`,
    en: (p) => `Unrecognised fields: ${Array.isArray(p.keys) ? p.keys.join(', ') : '?'}.`,
  },
};

/** Regex checks carry no reason; the field they guard says what was expected. */
const formatByField: Table = {
  phone: {
    'pt-BR': () => 'Informe um telefone (8 a 20 dígitos, com DDD).',
    en: () => 'Enter a phone number (8 to 20 digits, with area code).',
  },
  'document.number': {
    'pt-BR': () => 'O passaporte tem de 5 a 20 letras e dígitos.',
    en: () => 'A passport number has 5 to 20 letters and digits.',
  },
  'idempotency-key': {
    'pt-BR': () => 'Use de 8 a 100 letras, dígitos ou _.:-',
    en: () => 'Use 8 to 100 letters, digits or _.:-',
  },
  code: {
    'pt-BR': () => 'Informe o código de 6 dígitos ou um código de recuperação.',
    en: () => 'Enter the 6-digit code or a recovery code.',
  },
};

/** The contracts' refinements (`params.reason`) and the use-cases' own codes. */
const reasons: Table = {
  end_before_start: {
    'pt-BR': () => 'O fim deve ser depois do início.',
    en: () => 'The end must be after the start.',
  },
  range_reversed: {
    'pt-BR': () => 'O fim não pode ser antes do início.',
    en: () => 'The end must not be before the start.',
  },
  range_incomplete: {
    'pt-BR': () => 'Informe as duas datas do período.',
    en: () => 'Give both dates of the range.',
  },
  range_too_long: {
    'pt-BR': (p) =>
      p.unit === 'months'
        ? `Período longo demais: no máximo ${maxReportMonths} meses.`
        : `Período longo demais: no máximo ${maxAvailabilityDays} dias.`,
    en: (p) =>
      p.unit === 'months'
        ? `Range too long: at most ${maxReportMonths} months.`
        : `Range too long: at most ${maxAvailabilityDays} days.`,
  },
  repeated_item: { 'pt-BR': () => 'Há itens repetidos.', en: () => 'Some items are repeated.' },
  cpf_check_digits: {
    'pt-BR': () => 'CPF inválido (os dígitos verificadores não conferem).',
    en: () => 'Invalid CPF (the check digits do not match).',
  },
  duplicate_document: {
    'pt-BR': (p) => `Mesmo documento do participante ${n(p.first)}.`,
    en: (p) => `Same document as participant ${n(p.first)}.`,
  },
  repeated_line: { 'pt-BR': () => 'Um item está repetido.', en: () => 'A line is listed twice.' },
  no_such_line: {
    'pt-BR': (p) => `Não existe o item ${n(p.line)} na reserva.`,
    en: (p) => `There is no line ${n(p.line)} in the booking.`,
  },
  too_many_participants: {
    'pt-BR': (p) => `O item ${n(p.line)} reserva ${n(p.people)} pessoa(s), mas tem ${n(p.count)} participantes.`,
    en: (p) => `Line ${n(p.line)} books ${n(p.people)} people but has ${n(p.count)} participants.`,
  },
  unknown_experience: {
    'pt-BR': () => 'Nenhuma experiência disponível para reserva tem este identificador.',
    en: () => 'No bookable experience has this id.',
  },
  not_found: { 'pt-BR': () => 'Não encontrado.', en: () => 'Not found.' },
  event_dates: {
    'pt-BR': (p) => `Um evento é reservado inteiro: de ${s(p.start)} a ${s(p.end)} (exclusive).`,
    en: (p) => `An event is booked whole: ${s(p.start)} to ${s(p.end)} (exclusive).`,
  },
  too_many_nights: {
    'pt-BR': () => `No máximo ${maxAvailabilityDays} noites por item.`,
    en: () => `At most ${maxAvailabilityDays} nights per line.`,
  },
  single_day: {
    'pt-BR': () => 'Trilhas e laboratórios são reservados por dia: a data final é o dia seguinte.',
    en: () => 'Trails and laboratories are booked per day: the end date is the next day.',
  },
  requires_verified_professor: {
    'pt-BR': () => 'Este laboratório é reservado a professores verificados.',
    en: () => 'This laboratory is for verified professors.',
  },
  day_past: { 'pt-BR': (p) => `${s(p.date)} já passou.`, en: (p) => `${s(p.date)} is in the past.` },
  day_outside_window: {
    'pt-BR': (p) => `${s(p.date)} está fora do período em que a experiência é oferecida.`,
    en: (p) => `${s(p.date)} is outside the period the experience is offered.`,
  },
  day_week_day: {
    'pt-BR': (p) => `A experiência não acontece no dia da semana de ${s(p.date)}.`,
    en: (p) => `The experience does not run on the week day of ${s(p.date)}.`,
  },
  day_closed: {
    'pt-BR': (p) => `A reserva ou a experiência está fechada em ${s(p.date)}.`,
    en: (p) => `The reserve or the experience is closed on ${s(p.date)}.`,
  },
  day_notice: {
    'pt-BR': (p) => `${s(p.date)} não respeita a antecedência mínima.`,
    en: (p) => `${s(p.date)} does not leave the minimum notice.`,
  },
  day_advance: {
    'pt-BR': (p) => `${s(p.date)} está além da antecedência máxima.`,
    en: (p) => `${s(p.date)} is beyond the maximum advance.`,
  },
  reference_mismatch: {
    'pt-BR': () => 'A referência não é a desta reserva.',
    en: () => 'The reference is not this booking’s.',
  },
  total_too_large: {
    'pt-BR': () => 'O total é grande demais para uma só reserva.',
    en: () => 'The total is too large for one booking.',
  },
  required: { 'pt-BR': () => 'Campo obrigatório.', en: () => 'Required.' },
  too_many_files: { 'pt-BR': () => 'Envie exatamente um arquivo.', en: () => 'Send exactly one file.' },
  too_many_fields: { 'pt-BR': () => 'Campos demais no formulário.', en: () => 'Too many form fields.' },
  malformed: { 'pt-BR': () => 'Formulário multipart malformado.', en: () => 'Malformed multipart body.' },
  unexpected_file: { 'pt-BR': () => 'Campo de arquivo inesperado.', en: () => 'Unexpected file field.' },
  invalid_field: {
    'pt-BR': () => 'Campo longo demais ou repetido.',
    en: () => 'Field too long or repeated.',
  },
};

const fallback = { 'pt-BR': () => 'Valor inválido.', en: () => 'Invalid value.' };

/** An issue as raised: its machine code, its dotted path, and the values its words need. */
export type RaisedIssue = { path: string; code: string; params?: IssueParams | undefined };

/** The code a client switches on: a custom refinement is known by its reason, not as "custom". */
export function issueCode(issue: RaisedIssue): string {
  const reason = issue.params?.reason;
  return issue.code === 'custom' && typeof reason === 'string' ? reason : issue.code;
}

export function issueMessage(issue: RaisedIssue, locale: Locale): string {
  const code = issueCode(issue);
  const params = issue.params ?? {};
  const field = issue.path.split('.').slice(1).join('.');
  const byField =
    code === 'invalid_format' && params.format === 'regex'
      ? Object.entries(formatByField).find(([suffix]) => field === suffix || field.endsWith(`.${suffix}`))?.[1]
      : undefined;
  const words = byField ?? reasons[code] ?? zodCodes[code] ?? fallback;
  return words[locale](params);
}

/** Every code with its own words, for the test that keeps both languages complete. */
export const wordedIssueCodes = [...Object.keys(zodCodes), ...Object.keys(reasons)];
