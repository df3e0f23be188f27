import { fileExtension, type AcceptedFileType } from './sniff-file-type.js';

const maxLength = 120;

/**
 * Characters that never belong in a displayed or saved file name: C0/C1 controls, and the
 * invisible format characters used to disguise names (right-to-left override turns
 * `invoice‮fdp.exe` into "invoiceexe.pdf" on screen; zero-width and BOM characters hide content).
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const hiddenCharacters = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const sameTypeExtensions: Record<AcceptedFileType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
};

/**
 * The client's file name made safe to store and show: no directories, no hidden characters,
 * bounded length, and an extension that matches the type we detected. The extension matters once
 * someone downloads the file: a PDF saved as `notes.html` would be opened by the browser as HTML
 * from disk, so it becomes `notes.html.pdf`.
 */
export function sanitizeFileName(clientName: string | undefined, type: AcceptedFileType): string {
  const extension = fileExtension(type);
  const baseName = (clientName ?? '').split(/[/\\]/).pop() ?? '';
  let name = baseName
    .normalize('NFC')
    .replace(/\s+/g, ' ') // tabs and line breaks separate words: keep them as a space
    .replace(hiddenCharacters, '')
    .trim()
    // A leading dot would make a hidden file once saved; trailing dots and spaces vanish on Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '');

  const currentExtension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!currentExtension || !sameTypeExtensions[type].includes(currentExtension)) {
    name = name ? `${name}.${extension}` : `upload.${extension}`;
  }

  const characters = Array.from(name); // by code point, so a surrogate pair is never cut in half
  if (characters.length <= maxLength) return name;
  const suffix = Array.from(name.slice(name.lastIndexOf('.')));
  return (
    characters
      .slice(0, maxLength - suffix.length)
      .join('')
      .trimEnd() + suffix.join('')
  );
}
