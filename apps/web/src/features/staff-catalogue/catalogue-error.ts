import { ApiError } from '../../lib/api-client';

/** Refusals the catalogue pages word themselves (keys of `staffCatalogue.errors`). */
export type CatalogueErrorKey =
  | 'hasBookings'
  | 'slotFull'
  | 'slotBusy'
  | 'galleryFull'
  | 'imagesChanged'
  | 'highlightsChanged'
  | 'unreadableImage'
  | 'imageTooLarge'
  | 'gone';

/** The `details.reason` of a CONFLICT, as the catalogue modules send it. */
export function conflictReason(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return undefined;
  const details = error.details;
  const reason = typeof details === 'object' && details !== null ? (details as { reason?: unknown }).reason : undefined;
  return typeof reason === 'string' ? reason : undefined;
}

const conflictKeys: Readonly<Record<string, CatalogueErrorKey>> = {
  HAS_BOOKINGS: 'hasBookings',
  SLOT_FULL: 'slotFull',
  SLOT_BUSY: 'slotBusy',
  GALLERY_FULL: 'galleryFull',
  IMAGES_CHANGED: 'imagesChanged',
  HIGHLIGHTS_CHANGED: 'highlightsChanged',
};

/**
 * The page's own words for refusals whose API message is generic ("the operation conflicts with
 * the current state of the resource") or wrong for pictures (the upload message lists PDF too).
 * Anything else keeps the API's message, which is already in the request's language.
 */
export function catalogueErrorKey(error: unknown): CatalogueErrorKey | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const reason = conflictReason(error);
  if (reason !== undefined) return Object.hasOwn(conflictKeys, reason) ? conflictKeys[reason] : undefined;
  if (error.code === 'UNSUPPORTED_FILE_TYPE' || error.code === 'UNSUPPORTED_MEDIA_TYPE') return 'unreadableImage';
  if (error.code === 'PAYLOAD_TOO_LARGE') return 'imageTooLarge';
  if (error.code === 'NOT_FOUND') return 'gone';
  return undefined;
}

/** Refusals after which what is on screen is stale and must be fetched again. */
export function isStaleError(error: unknown): boolean {
  const key = catalogueErrorKey(error);
  return (
    key === 'slotFull' ||
    key === 'slotBusy' ||
    key === 'imagesChanged' ||
    key === 'highlightsChanged' ||
    key === 'galleryFull' ||
    key === 'gone'
  );
}
