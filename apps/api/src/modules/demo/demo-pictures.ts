import { createHash } from 'node:crypto';
import type { ExperienceCategory as Category } from '@promata/contracts';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { addExperienceImage } from '../experience-images/add-experience-image.js';

export type DemoPictureTarget = { id: string; category: Category; name_pt: string; name_en: string | null };

/** Sky, far hills, near hills per category: the demo reads as a nature reserve, not as grey boxes. */
const palettes: Record<Category, [string, string, string, string]> = {
  TRAIL: ['#cfe8d5', '#7fb58d', '#3f7d55', '#1f4d33'],
  HOSTING: ['#f6dfc2', '#c9a27a', '#7a5a3a', '#4a3522'],
  LABORATORY: ['#d3e4f2', '#86aac8', '#3f6d94', '#21425e'],
  EVENT: ['#f3d6de', '#c98aa0', '#8c4766', '#57263c'],
};

/**
 * A landscape drawn for one experience; the seed varies the ridge so two pictures differ. Rendered at
 * 1200 px wide: sharp enough for a web picture, and about a quarter less resizing at every start
 * than 1600 px.
 */
export function demoPictureSvg(category: Category, seed: number): string {
  const [sky, far, near, ground] = palettes[category];
  const ridge = (base: number, amplitude: number, phase: number) =>
    Array.from({ length: 9 }, (_, i) => {
      const x = i * 200;
      const y = base - amplitude * Math.abs(Math.sin((i + phase + seed) * 1.3));
      return `${x},${Math.round(y)}`;
    }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="750" viewBox="0 0 1600 1000">
  <rect width="1600" height="1000" fill="${sky}"/>
  <circle cx="${1200 - (seed % 5) * 120}" cy="230" r="110" fill="#fff6d8" opacity="0.9"/>
  <polygon points="0,1000 ${ridge(560, 220, 0)} 1600,1000" fill="${far}"/>
  <polygon points="0,1000 ${ridge(720, 160, 2)} 1600,1000" fill="${near}"/>
  <polygon points="0,1000 ${ridge(880, 90, 4)} 1600,1000" fill="${ground}"/>
</svg>`;
}

/**
 * Gives each demo experience a cover, so the demo's catalogue and home highlights (which show only
 * pictured items) look like the real thing. Goes through the staff upload use-case, so the files
 * are stored and resized exactly as uploads are. Best effort: a failure leaves a working demo
 * without pictures and is logged.
 */
export async function addDemoPictures(
  context: AppContext,
  staffUserId: string,
  experiences: readonly DemoPictureTarget[],
): Promise<number> {
  const actor: Actor = { userId: staffUserId, role: 'ADMIN', sessionId: 'demo-seed', mfaVerified: true };
  const { default: sharp } = await import('sharp');
  let added = 0;
  for (const [index, experience] of experiences.entries()) {
    try {
      const buffer = await sharp(Buffer.from(demoPictureSvg(experience.category, index)))
        .png()
        .toBuffer();
      await addExperienceImage(context, actor, experience.id, {
        buffer,
        contentType: 'image/png',
        size: buffer.length,
        sha256: createHash('sha256').update(buffer).digest('hex'),
        originalName: 'demo.png',
        fields: {
          altPt: `Paisagem ilustrativa: ${experience.name_pt}`,
          altEn: `Illustrative landscape: ${experience.name_en ?? experience.name_pt}`,
        },
      });
      added += 1;
    } catch (error) {
      context.logger.warn({ err: error, experienceId: experience.id }, 'demo picture not added');
    }
  }
  return added;
}
