import { describe, expect, it } from 'vitest';
import {
  canCrop,
  dragCorner,
  initialCrop,
  maxUnits,
  minUnitsFor,
  moveCrop,
  outputSize,
  resizeCrop,
  unitsOf,
  type CropRect,
  type Size,
} from '../../src/features/staff-catalogue/crop-rect';

/** Exactly 4:3, whole pixels, not empty, inside the picture. */
function isValid(rect: CropRect, image: Size): boolean {
  return (
    rect.width * 3 === rect.height * 4 &&
    Object.values(rect).every(Number.isInteger) &&
    rect.width >= 4 &&
    rect.x >= 0 &&
    rect.y >= 0 &&
    rect.x + rect.width <= image.width &&
    rect.y + rect.height <= image.height
  );
}

function expectValid(rect: CropRect, image: Size): void {
  expect(isValid(rect, image), `${JSON.stringify(rect)} in ${image.width} × ${image.height}`).toBe(true);
}

/** A spread of sizes: tiny, odd, prime, very wide, very tall, camera sizes. */
const sizes: Size[] = [
  { width: 4, height: 3 },
  { width: 5, height: 7 },
  { width: 160, height: 120 },
  { width: 161, height: 121 },
  { width: 997, height: 13 },
  { width: 13, height: 997 },
  { width: 1000, height: 1000 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 4032, height: 3024 },
  { width: 6000, height: 4000 },
  { width: 7919, height: 104_729 },
];

describe('crop rectangle', () => {
  it.each(sizes)('starts as the largest centred 4:3 area of a $width × $height picture', (image) => {
    const rect = initialCrop(image);
    expectValid(rect, image);
    // Largest: one more 4 × 3 block would not fit.
    expect(rect.width + 4 > image.width || rect.height + 3 > image.height).toBe(true);
    // Centred, to the pixel.
    expect(Math.abs(image.width - rect.width - 2 * rect.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(image.height - rect.height - 2 * rect.y)).toBeLessThanOrEqual(1);
  });

  it('stays 4:3 and inside the picture for every size from 4 × 3 to 60 × 60', () => {
    const invalid: string[] = [];
    for (let width = 4; width <= 60; width += 1) {
      for (let height = 3; height <= 60; height += 1) {
        const image = { width, height };
        const rect = initialCrop(image);
        const derived = [
          rect,
          moveCrop(rect, 1000, -1000, image),
          resizeCrop(rect, 1, image),
          resizeCrop(moveCrop(rect, -1000, 1000, image), 1000, image),
          dragCorner(rect, 0, 0, image),
          dragCorner(rect, 1000, 1000, image),
        ];
        for (const candidate of derived) {
          if (!isValid(candidate, image)) invalid.push(`${JSON.stringify(candidate)} in ${width} × ${height}`);
        }
      }
    }
    expect(invalid).toEqual([]);
  });

  it('cannot crop a picture smaller than one 4 × 3 block', () => {
    expect(canCrop({ width: 3, height: 3 })).toBe(false);
    expect(canCrop({ width: 2, height: 2 })).toBe(false);
    expect(maxUnits({ width: 3, height: 100 })).toBe(0);
    expect(canCrop({ width: 4, height: 3 })).toBe(true);
  });

  it('moves within the picture, stopping at its edges', () => {
    const image = { width: 1000, height: 500 };
    const rect = resizeCrop(initialCrop(image), 100, image);
    expect(rect).toEqual({ x: 300, y: 100, width: 400, height: 300 });
    expect(moveCrop(rect, 50, -20, image)).toEqual({ x: 350, y: 80, width: 400, height: 300 });
    expect(moveCrop(rect, 10_000, 10_000, image)).toEqual({ x: 600, y: 200, width: 400, height: 300 });
    expect(moveCrop(rect, -10_000, -10_000, image)).toEqual({ x: 0, y: 0, width: 400, height: 300 });
    expect(moveCrop(rect, 0.4, 0.6, image)).toEqual({ x: 300, y: 101, width: 400, height: 300 });
  });

  it('resizes around its centre, between the minimum and the picture', () => {
    const image = { width: 1000, height: 500 };
    const rect = initialCrop(image);
    expect(rect).toEqual({ x: 168, y: 1, width: 664, height: 498 });
    const small = resizeCrop(rect, 1, image);
    expect(unitsOf(small)).toBe(minUnitsFor(image));
    expect(small).toEqual({ x: 420, y: 190, width: 160, height: 120 });
    // Back to the largest size around the same centre: the starting frame again.
    expect(resizeCrop(small, 10_000, image)).toEqual(rect);
    // Near an edge, a bigger frame is pushed back inside.
    const corner = moveCrop(small, -10_000, -10_000, image);
    expect(resizeCrop(corner, 100, image)).toEqual({ x: 0, y: 0, width: 400, height: 300 });
  });

  it('follows a dragged corner with the largest 4:3 frame that reaches it', () => {
    const image = { width: 1000, height: 500 };
    const start = { x: 100, y: 100, width: 160, height: 120 };
    expect(dragCorner(start, 500, 200, image)).toEqual({ x: 100, y: 100, width: 400, height: 300 });
    expect(dragCorner(start, 200, 400, image)).toEqual({ x: 100, y: 100, width: 400, height: 300 });
    // Past the picture's bottom edge: as large as fits below the top-left corner.
    expect(dragCorner(start, 5000, 5000, image)).toEqual({ x: 100, y: 100, width: 532, height: 399 });
    // Dragged back over the frame: the minimum size.
    expect(dragCorner(start, 0, 0, image)).toEqual(start);
  });

  it('uploads at most 1600 × 1200, always 4:3', () => {
    expect(outputSize({ x: 0, y: 0, width: 4000, height: 3000 })).toEqual({ width: 1600, height: 1200 });
    expect(outputSize({ x: 0, y: 0, width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
    expect(outputSize({ x: 0, y: 0, width: 4, height: 3 })).toEqual({ width: 4, height: 3 });
  });
});
