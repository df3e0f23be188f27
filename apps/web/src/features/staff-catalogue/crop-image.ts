import { outputSize, type CropRect } from './crop-rect';

/** JPEG: every browser encodes it from a canvas (WebP is not universal); the API re-encodes anyway. */
const outputType = 'image/jpeg';
const outputQuality = 0.9;

/**
 * Draws the framed part of a decoded picture on a canvas at the upload size and encodes it. The
 * background is painted white first: a transparent PNG would otherwise turn black in a JPEG.
 */
export function cropToBlob(image: HTMLImageElement, rect: CropRect): Promise<Blob> {
  const size = outputSize(rect);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('no 2D canvas'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, rect.x, rect.y, rect.width, rect.height, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas produced no image'))),
      outputType,
      outputQuality,
    );
  });
}

/** A name for the uploaded file: the chosen one with a .jpg extension (for the API's logs only). */
export function croppedFileName(original: string): string {
  const base = original.replace(/\.[^.]*$/, '').trim() || 'picture';
  return `${base}.jpg`;
}

/**
 * Decodes a chosen file in the browser, to show it and crop it. Rejects when the browser cannot
 * read it as a picture (a renamed document, a format it does not know).
 */
export function loadImage(file: Blob): Promise<{ image: HTMLImageElement; url: string }> {
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  return image.decode().then(
    () => ({ image, url }),
    (error: unknown) => {
      URL.revokeObjectURL(url);
      throw error;
    },
  );
}
