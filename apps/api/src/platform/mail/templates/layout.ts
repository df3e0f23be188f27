import type { Locale } from '@promata/contracts';
import { assertWebUrl, escapeHtml, escapeMultiline } from './html.js';
import type { MailBlock, MailContent, RenderedMail } from './mail-content.js';

const chrome: Record<
  Locale,
  { greeting: (name: string) => string; signOff: [string, string]; centre: string; automatic: string; fallback: string }
> = {
  'pt-BR': {
    greeting: (name) => (name ? `Olá, ${name}!` : 'Olá!'),
    signOff: ['Um abraço,', 'Equipe Pró-Mata'],
    centre: 'Centro de Pesquisas e Conservação da Natureza Pró-Mata',
    automatic: 'Esta é uma mensagem automática da plataforma de reservas do Pró-Mata.',
    fallback: 'Se o botão não funcionar, copie e cole este endereço no seu navegador:',
  },
  en: {
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    signOff: ['Best wishes,', 'The Pró-Mata team'],
    centre: 'Pró-Mata Research and Nature Conservation Centre',
    automatic: 'This is an automatic message from the Pró-Mata booking platform.',
    fallback: 'If the button does not work, copy and paste this address into your browser:',
  },
};

const green = '#1d4d2f';
const ink = '#1f2a24';
const muted = '#3d4a42';
const paper = '#f3f5f2';
const font = 'font-family:Arial,Helvetica,sans-serif;';

/** Names and subjects are one line: a newline in a name must not break the greeting or a header. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return block.text;
    case 'button':
      return `${block.label}:\n${assertWebUrl(block.url)}`;
    case 'details':
      return block.items.map((item) => `${item.label}: ${oneLine(item.value)}`).join('\n');
    case 'quote':
      return `${block.label}\n${block.text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n')}`;
  }
}

function blockHtml(block: MailBlock, fallback: string): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;">${escapeHtml(block.text)}</p>`;
    case 'note':
      return `<p style="margin:0 0 16px;font-size:14px;color:${muted};">${escapeHtml(block.text)}</p>`;
    case 'button': {
      const href = escapeHtml(assertWebUrl(block.url));
      return [
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 12px;"><tr>`,
        `<td style="border-radius:6px;background-color:${green};">`,
        `<a href="${href}" style="display:inline-block;padding:12px 24px;${font}font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(block.label)}</a>`,
        `</td></tr></table>`,
        `<p style="margin:0 0 16px;font-size:13px;color:${muted};">${escapeHtml(fallback)}<br>`,
        `<a href="${href}" style="color:${green};word-break:break-all;">${href}</a></p>`,
      ].join('\n');
    }
    case 'details':
      return `<p style="margin:0 0 16px;">${block.items
        .map((item) => `<strong>${escapeHtml(item.label)}:</strong> ${escapeHtml(oneLine(item.value))}`)
        .join('<br>\n')}</p>`;
    case 'quote':
      return [
        `<p style="margin:0 0 4px;font-weight:bold;">${escapeHtml(block.label)}</p>`,
        `<blockquote style="margin:0 0 16px;padding:12px 16px;border-left:4px solid ${green};background-color:${paper};">${escapeMultiline(block.text)}</blockquote>`,
      ].join('\n');
  }
}

/**
 * The one look of every e-mail: a green "Pró-Mata" header, the greeting, the template's blocks, a
 * sign-off and the centre's name. The HTML uses tables and inline styles (what mail clients
 * render), and the text part says everything the HTML says, links included, so it reads on its own.
 */
export function renderLayout(locale: Locale, content: MailContent): RenderedMail {
  const words = chrome[locale];
  const subject = oneLine(content.subject);
  const greeting = words.greeting(oneLine(content.name));

  const text = [
    greeting,
    ...content.blocks.map(blockText),
    words.signOff.join('\n'),
    `-- \n${words.centre}\n${words.automatic}`,
  ].join('\n\n');

  const html = `<!DOCTYPE html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${paper};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${paper};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:8px;">
<tr><td style="background-color:${green};padding:20px 32px;border-radius:8px 8px 0 0;">
<p style="margin:0;${font}font-size:24px;font-weight:bold;color:#ffffff;">Pró-Mata</p>
</td></tr>
<tr><td style="padding:32px;${font}font-size:16px;line-height:1.5;color:${ink};">
<h1 style="margin:0 0 24px;${font}font-size:22px;line-height:1.3;color:${green};">${escapeHtml(subject)}</h1>
<p style="margin:0 0 16px;">${escapeHtml(greeting)}</p>
${content.blocks.map((block) => blockHtml(block, words.fallback)).join('\n')}
<p style="margin:24px 0 0;">${escapeHtml(words.signOff[0])}<br>${escapeHtml(words.signOff[1])}</p>
</td></tr>
<tr><td style="background-color:#e6ede7;padding:20px 32px;${font}font-size:13px;line-height:1.5;color:${muted};border-radius:0 0 8px 8px;">
<p style="margin:0;font-weight:bold;">${escapeHtml(words.centre)}</p>
<p style="margin:4px 0 0;">${escapeHtml(words.automatic)}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

  return { subject, text, html };
}
