/**
 * The crop frame's arithmetic, in the picture's own pixels. The frame is always exactly 4:3 (the
 * card ratio, `cardAspectRatio` in the contracts) by construction: it is `4u × 3u` for a whole
 * number of units `u`, so no rounding can drift the ratio, and it always lies inside the picture.
 */
export type CropRect = { x: number; y: number; width: number; height: number };

export type Size = { width: number; height: number };

/** The card ratio as whole numbers: width 4, height 3. */
export const cropRatio = { width: 4, height: 3 } as const;

/** The smallest frame staff may choose: 160 × 120 px (or the whole picture, if smaller). */
export const minCropUnits = 40;

/** The uploaded file is at most 1600 × 1200: the API's largest variant is 1600 wide. */
export const maxOutputUnits = 400;

/** The largest number of units that fits in the picture: 0 when it is smaller than 4 × 3 px. */
export function maxUnits({ width, height }: Size): number {
  return Math.max(0, Math.min(Math.floor(width / cropRatio.width), Math.floor(height / cropRatio.height)));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function frame(units: number): Size {
  return { width: units * cropRatio.width, height: units * cropRatio.height };
}

/** Whether a picture can be cropped at all (it holds at least one 4 × 3 block). */
export function canCrop(image: Size): boolean {
  return maxUnits(image) >= 1;
}

/** The smallest allowed frame for this picture, in units. */
export function minUnitsFor(image: Size): number {
  return Math.min(minCropUnits, maxUnits(image));
}

/** The starting frame: the largest 4:3 area of the picture, centred. */
export function initialCrop(image: Size): CropRect {
  const size = frame(maxUnits(image));
  return {
    x: Math.floor((image.width - size.width) / 2),
    y: Math.floor((image.height - size.height) / 2),
    ...size,
  };
}

/** The frame moved by (dx, dy) pixels, stopped at the picture's edges. */
export function moveCrop(rect: CropRect, dx: number, dy: number, image: Size): CropRect {
  return {
    ...rect,
    x: clamp(Math.round(rect.x + dx), 0, image.width - rect.width),
    y: clamp(Math.round(rect.y + dy), 0, image.height - rect.height),
  };
}

/**
 * The frame at a new size (in units, bounded by the picture and the minimum), keeping its centre
 * where possible, then pushed back inside the picture.
 */
export function resizeCrop(rect: CropRect, units: number, image: Size): CropRect {
  const bounded = clamp(Math.round(units), minUnitsFor(image), maxUnits(image));
  const size = frame(bounded);
  const centreX = rect.x + rect.width / 2;
  const centreY = rect.y + rect.height / 2;
  return moveCrop({ x: centreX - size.width / 2, y: centreY - size.height / 2, ...size }, 0, 0, image);
}

/** The size of a frame, in units (its width / 4). */
export function unitsOf(rect: CropRect): number {
  return Math.round(rect.width / cropRatio.width);
}

/** The pixel size of the file made from a frame: the frame itself, scaled down to at most 1600 × 1200. */
export function outputSize(rect: CropRect): Size {
  return frame(Math.min(unitsOf(rect), maxOutputUnits));
}

/**
 * A frame dragged by its bottom-right corner to (pointerX, pointerY): the top-left corner stays,
 * and the frame takes the largest 4:3 size that reaches the pointer without leaving the picture.
 */
export function dragCorner(rect: CropRect, pointerX: number, pointerY: number, image: Size): CropRect {
  const wanted = Math.max((pointerX - rect.x) / cropRatio.width, (pointerY - rect.y) / cropRatio.height);
  const room = Math.min(
    Math.floor((image.width - rect.x) / cropRatio.width),
    Math.floor((image.height - rect.y) / cropRatio.height),
  );
  const units = clamp(Math.round(wanted), minUnitsFor(image), Math.max(room, minUnitsFor(image)));
  const size = frame(units);
  return moveCrop({ x: rect.x, y: rect.y, ...size }, 0, 0, image);
}
