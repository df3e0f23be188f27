import { cardAspectRatio, type ImageVariantName } from '@promata/contracts';
import type { Sharp, SharpOptions } from 'sharp';
import { AppError } from '../../platform/http/app-error.js';

/** Widths served to browsers (srcset) plus the card crop; every variant is WebP. */
const widths = { w480: 480, w960: 960, w1600: 1600 } as const;
const cardWidth = 800;
const cardHeight = Math.round(cardWidth / cardAspectRatio);
/** A decompression bomb (a small file declaring a huge canvas) is refused before decoding. */
export const maxInputPixels = 40_000_000;

export type ImageVariant = { buffer: Buffer; width: number; height: number };
export type ProcessedImage = { width: number; height: number; variants: Record<ImageVariantName, ImageVariant> };

type SharpFactory = (input: Buffer, options: SharpOptions) => Sharp;

let loading: Promise<SharpFactory> | undefined;

/**
 * sharp (with libvips, ~30 MB resident) is loaded at the first image processed, not at start-up:
 * most replicas never receive an upload. Loaded once; a failed load is retried by the next call
 * instead of being remembered, and surfaces as a 500 (not as a refused image) because it is
 * awaited outside the decoding `try`.
 */
function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * A fresh pipeline per variant: sharp pipelines are single-use. `autoOrient` applies the EXIF
 * rotation before resizing; `failOn` stays at its strictest default ("warning"), as sharp advises
 * for untrusted input; the output keeps no metadata (sharp strips it unless asked: no camera,
 * no GPS position) and is converted to sRGB.
 */
const pipeline = (sharp: SharpFactory, input: Buffer): Sharp =>
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
  const sharp = await loadSharp();
  try {
    const metadata = await pipeline(sharp, input).metadata();
    const width = metadata.autoOrient?.width ?? metadata.width;
    const height = metadata.autoOrient?.height ?? metadata.height;
    if (!width || !height) throw new Error('image without dimensions');
    const [w480, w960, w1600, card] = await Promise.all([
      render(pipeline(sharp, input).resize({ width: widths.w480, withoutEnlargement: true })),
      render(pipeline(sharp, input).resize({ width: widths.w960, withoutEnlargement: true })),
      render(pipeline(sharp, input).resize({ width: widths.w1600, withoutEnlargement: true })),
      render(
        pipeline(sharp, input).resize({ width: cardWidth, height: cardHeight, fit: 'cover', position: 'attention' }),
      ),
    ]);
    return { width, height, variants: { w480, w960, w1600, card } };
  } catch (error) {
    throw refusal(error);
  }
}
