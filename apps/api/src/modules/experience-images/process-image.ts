import { cardAspectRatio, type ImageVariantName } from '@promata/contracts';
import sharp, { type Sharp } from 'sharp';
import { AppError } from '../../platform/http/app-error.js';

/** Widths served to browsers (srcset) plus the card crop; every variant is WebP. */
const widths = { w480: 480, w960: 960, w1600: 1600 } as const;
const cardWidth = 800;
const cardHeight = Math.round(cardWidth / cardAspectRatio);
/** A decompression bomb (a small file declaring a huge canvas) is refused before decoding. */
export const maxInputPixels = 40_000_000;

export type ImageVariant = { buffer: Buffer; width: number; height: number };
export type ProcessedImage = { width: number; height: number; variants: Record<ImageVariantName, ImageVariant> };

/**
 * A fresh pipeline per variant: sharp pipelines are single-use. `autoOrient` applies the EXIF
 * rotation before resizing; `failOn` stays at its strictest default ("warning"), as sharp advises
 * for untrusted input; the output keeps no metadata (sharp strips it unless asked: no camera,
 * no GPS position) and is converted to sRGB.
 */
const pipeline = (input: Buffer): Sharp =>
  sharp(input, { autoOrient: true, limitInputPixels: maxInputPixels, pages: 1 });

async function render(image: Sharp): Promise<ImageVariant> {
  const { data, info } = await image.webp({ quality: 80, effort: 4 }).toBuffer({ resolveWithObject: true });
  return { buffer: data, width: info.width, height: info.height };
}

function refusal(error: unknown): AppError {
  const message = error instanceof Error ? error.message : '';
  if (/pixel limit/i.test(message)) return new AppError(413, 'PAYLOAD_TOO_LARGE', { maxPixels: maxInputPixels });
  return new AppError(415, 'UNSUPPORTED_FILE_TYPE', { reason: 'UNREADABLE_IMAGE' });
}

/**
 * Resizes a sniffed JPEG, PNG or WebP to the web variants (never enlarging the widths; the card is
 * a 4:3 crop around the most interesting region). A file whose header looked right but whose
 * pixels cannot be decoded is refused as an unsupported file (415), a too large canvas as 413.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  try {
    const metadata = await pipeline(input).metadata();
    const width = metadata.autoOrient?.width ?? metadata.width;
    const height = metadata.autoOrient?.height ?? metadata.height;
    if (!width || !height) throw new Error('image without dimensions');
    const [w480, w960, w1600, card] = await Promise.all([
      render(pipeline(input).resize({ width: widths.w480, withoutEnlargement: true })),
      render(pipeline(input).resize({ width: widths.w960, withoutEnlargement: true })),
      render(pipeline(input).resize({ width: widths.w1600, withoutEnlargement: true })),
      render(pipeline(input).resize({ width: cardWidth, height: cardHeight, fit: 'cover', position: 'attention' })),
    ]);
    return { width, height, variants: { w480, w960, w1600, card } };
  } catch (error) {
    throw refusal(error);
  }
}
