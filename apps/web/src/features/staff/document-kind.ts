/** How the page may show a credential document: only the four types the API accepts at upload. */
export type DocumentKind = 'pdf' | 'image';

const kinds: Readonly<Record<string, DocumentKind>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
};

/** The preview for a declared type; undefined means "download only". */
export function documentKind(contentType: string): DocumentKind | undefined {
  const bare = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return Object.hasOwn(kinds, bare) ? kinds[bare] : undefined;
}

const extensions: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** A name for the downloaded file: the one the API suggests, else one that opens with the right app. */
export function documentFileName(suggested: string | undefined, contentType: string): string {
  if (suggested) return suggested;
  const extension = extensions[contentType];
  return extension ? `document.${extension}` : 'document';
}
