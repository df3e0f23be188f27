import type { Locale } from '@promata/contracts';
import type { MailBlock } from './mail-content.js';

const labels: Record<Locale, string> = { 'pt-BR': 'Mensagem da equipe:', en: 'Message from the team:' };

/** The optional note staff write with a decision, quoted with its line breaks; nothing when blank. */
export function staffMessage(locale: Locale, message: string | undefined): MailBlock[] {
  return message?.trim() ? [{ kind: 'quote', label: labels[locale], text: message.trim() }] : [];
}
