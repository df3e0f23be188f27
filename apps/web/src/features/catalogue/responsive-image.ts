import type { ImageVariantName } from '@promata/contracts';

type Variant = { url: string; width: number; height: number };

/** The widths the API resizes every picture to, for `srcset`; `card` is a fixed 4:3 crop. */
const widthVariants = ['w480', 'w960', 'w1600'] as const satisfies readonly ImageVariantName[];

/**
 * `srcset` of a picture's resized variants with their real widths: the API never enlarges, so a
 * small original yields variants of the same width, listed once. The browser then picks by the
 * slot's width (`sizes`) and the screen's density.
 */
export function responsiveSrcSet(variants: Record<ImageVariantName, Variant>): string {
  const seen = new Set<number>();
  return widthVariants
    .map((name) => variants[name])
    .filter((variant) => {
      if (seen.has(variant.width)) return false;
      seen.add(variant.width);
      return true;
    })
    .map((variant) => `${variant.url} ${variant.width}w`)
    .join(', ');
}
