const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** Escaped text whose line breaks survive as `<br>` (clients ignore `white-space` CSS too often). */
export function escapeMultiline(value: string): string {
  return value.replace(/\r\n?/g, '\n').split('\n').map(escapeHtml).join('<br>\n');
}

/**
 * Only web links become buttons: a `javascript:` or `data:` URL reaching a template is a bug, and
 * the message is refused rather than sent with it.
 */
export function assertWebUrl(url: string): string {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error('A mail link must be an absolute URL');
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error('A mail link must be an http(s) URL');
  return url;
}
