import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../src/platform/uploads/sanitize-file-name.js';
import { fileExtension, sniffFileType, sniffLength } from '../../src/platform/uploads/sniff-file-type.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/uploads/${name}`, import.meta.url));

/** Files whose names lie: the sniffer never sees a name, only bytes, so these are just the bytes. */
const pdfNamedPng = { name: 'photo.png', bytes: fixture('tiny.pdf') };
const htmlNamedPdf = { name: 'invoice.pdf', bytes: fixture('page.html') };

/** The first 64 bytes of a 64-bit little-endian ELF executable header. */
const elfHeader = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(8),
  Buffer.from([0x02, 0x00, 0x3e, 0x00, 0x01, 0x00, 0x00, 0x00]),
  Buffer.alloc(40),
]);

describe('sniffFileType', () => {
  it.each([
    ['tiny.pdf', 'application/pdf', 'pdf'],
    ['tiny.png', 'image/png', 'png'],
    ['tiny.jpg', 'image/jpeg', 'jpg'],
    ['tiny.webp', 'image/webp', 'webp'],
    ['tiny-lossy.webp', 'image/webp', 'webp'],
  ] as const)('recognises a real %s as %s', (name, type, extension) => {
    const sniffed = sniffFileType(fixture(name));
    expect(sniffed).toBe(type);
    expect(sniffed && fileExtension(sniffed)).toBe(extension);
  });

  it('decides from the first sniffLength bytes alone', () => {
    for (const name of ['tiny.pdf', 'tiny.png', 'tiny.jpg', 'tiny.webp', 'tiny-lossy.webp']) {
      const bytes = fixture(name);
      expect(sniffFileType(bytes.subarray(0, sniffLength))).toBe(sniffFileType(bytes));
    }
  });

  it('goes by content, not by name: a PDF named .png is a PDF', () => {
    expect(sniffFileType(pdfNamedPng.bytes)).toBe('application/pdf');
  });

  it.each([
    ['an HTML page named .pdf', htmlNamedPdf.bytes],
    ['an SVG (scriptable)', fixture('icon.svg')],
    ['an SVG with an XML declaration', Buffer.from(`<?xml version="1.0"?>\n${fixture('icon.svg').toString()}`)],
    ['a GIF', fixture('tiny.gif')],
    ['an ELF executable', elfHeader],
    ['a Windows executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)])],
    ['an empty file', Buffer.alloc(0)],
    ['a polyglot starting with <html then %PDF', Buffer.concat([Buffer.from('<html><body>'), fixture('tiny.pdf')])],
    ['a PDF after a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('tiny.pdf')])],
    ['a PDF after leading whitespace', Buffer.concat([Buffer.from('\n'), fixture('tiny.pdf')])],
    ['plain text mentioning %PDF', Buffer.from('%PDF is a format')],
    ['a truncated PNG signature', fixture('tiny.png').subarray(0, 8)],
    [
      'a RIFF file that is not WebP (WAV)',
      Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt '), Buffer.alloc(28)]),
    ],
    ['JPEG start bytes followed by no marker', Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10])],
    ['a ZIP archive', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26)])],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffFileType(bytes)).toBeUndefined();
  });
});

describe('sanitizeFileName', () => {
  it('keeps an ordinary name, accents included', () => {
    expect(sanitizeFileName('Relatório de campo.pdf', 'application/pdf')).toBe('Relatório de campo.pdf');
    expect(sanitizeFileName('FOTO.JPEG', 'image/jpeg')).toBe('FOTO.JPEG');
  });

  it('drops directories, control and direction-override characters', () => {
    expect(sanitizeFileName('C:\\Users\\ana\\..\\comprovante.pdf', 'application/pdf')).toBe('comprovante.pdf');
    expect(sanitizeFileName('../../etc/passwd\u0000.png', 'image/png')).toBe('passwd.png');
    expect(sanitizeFileName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.exe.pdf');
    expect(sanitizeFileName('a\r\nb\t c.png', 'image/png')).toBe('a b c.png');
  });

  it('makes the extension match the detected type', () => {
    expect(sanitizeFileName('photo.png', 'application/pdf')).toBe('photo.png.pdf');
    expect(sanitizeFileName('notes.html', 'application/pdf')).toBe('notes.html.pdf');
    expect(sanitizeFileName('.hidden', 'image/webp')).toBe('hidden.webp');
    expect(sanitizeFileName('', 'image/png')).toBe('upload.png');
    expect(sanitizeFileName(undefined, 'image/jpeg')).toBe('upload.jpg');
  });

  it('caps the length without splitting characters or losing the extension', () => {
    const name = sanitizeFileName(`${'🌳'.repeat(300)}.pdf`, 'application/pdf');
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith('🌳.pdf')).toBe(true);
  });
});
