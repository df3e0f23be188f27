import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertExperience, jpegOf, multipartBody } from '../support/catalogue.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/uploads/${name}`, import.meta.url));

type Image = {
  id: string;
  position: number;
  width: number;
  height: number;
  alt: { pt: string; en: string | null };
  variants: Record<'w480' | 'w960' | 'w1600' | 'card', { url: string; width: number; height: number }>;
};

describe('experience pictures (PostgreSQL, local storage)', () => {
  let t: IntegrationApp;
  let admin: LoggedIn;
  const db = () => t.testDb.database.db;

  const upload = (experienceId: string, bytes: Buffer, name = 'photo.jpg', fields: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/experiences/${experienceId}/images`,
      ...(() => {
        const body = multipartBody({ field: 'file', name, type: 'image/jpeg', bytes }, fields);
        return { payload: body.payload, headers: { ...body.headers, ...admin.headers } };
      })(),
    });
  const bytesOf = async (url: string, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ url, headers });
    return { response, bytes: response.rawPayload };
  };

  beforeAll(async () => {
    t = await startIntegrationApp({ UPLOAD_MAX_BYTES: String(5 * 1024 * 1024) });
    admin = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
  });
  afterAll(() => t.close());

  it('resizes to WebP variants (never enlarging), crops the card to 4:3 and strips metadata', async () => {
    const experienceId = await insertExperience(db());
    // 3000×2000 with EXIF orientation 6 (shown rotated: 2000 wide, 3000 high) and a GPS position.
    const original = await sharp(await jpegOf(3000, 2000))
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Artist: 'Someone', Copyright: 'secret' }, IFD3: { GPSLatitudeRef: 'S' } })
      .jpeg()
      .toBuffer();
    const before = await sharp(original).metadata();
    expect([before.orientation, before.exif?.includes(Buffer.from('secret'))]).toEqual([6, true]);
    const response = await upload(experienceId, original, 'trilha.jpg', { altPt: 'Mata de araucárias', altEn: '' });
    expect(response.statusCode).toBe(201);
    const image = response.json() as Image;
    expect(image).toMatchObject({
      position: 1,
      width: 2000,
      height: 3000,
      alt: { pt: 'Mata de araucárias', en: null },
    });

    const expected = { w480: [480, 720], w960: [960, 1440], w1600: [1600, 2400], card: [800, 600] };
    for (const [name, [width, height]] of Object.entries(expected)) {
      const variant = image.variants[name as keyof typeof expected];
      expect([variant.width, variant.height]).toEqual([width, height]);
      const { response: served, bytes } = await bytesOf(variant.url);
      expect(served.headers['content-type']).toBe('image/webp');
      const metadata = await sharp(bytes).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', width, height]);
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
    }

    const small = (await upload(experienceId, fixture('tiny.jpg'), 'small.jpg')).json() as Image;
    expect(small.position).toBe(2);
    expect([small.variants.w1600.width, small.variants.w1600.height]).toEqual([8, 8]);
  });

  it('refuses a non-image renamed .jpg (415), a PDF (415) and an undecodable JPEG (415)', async () => {
    const experienceId = await insertExperience(db());
    const html = await upload(experienceId, fixture('page.html'), 'photo.jpg');
    expect([html.statusCode, html.json().error.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    const pdf = await upload(experienceId, fixture('tiny.pdf'), 'photo.jpg');
    expect(pdf.statusCode).toBe(415);
    const truncated = (await jpegOf(400, 300)).subarray(0, 200);
    const broken = await upload(experienceId, truncated, 'photo.jpg');
    expect([broken.statusCode, broken.json().error.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    const files = await db()
      .selectFrom('experience_images')
      .select('id')
      .where('experience_id', '=', experienceId)
      .execute();
    expect(files).toEqual([]);
  });

  it('refuses a decompression bomb (a small file declaring a huge canvas) before decoding it (413)', async () => {
    const experienceId = await insertExperience(db());
    const bomb = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const response = await upload(experienceId, bomb, 'bomb.png');
    expect([response.statusCode, response.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('reorders, sets the cover and edits alt texts atomically; refuses a stale list', async () => {
    const experienceId = await insertExperience(db());
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push(((await upload(experienceId, fixture('tiny.png'), 'p.png')).json() as Image).id);
    const arrange = (images: object[]) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/experiences/${experienceId}/images`,
        payload: { images },
        headers: admin.headers,
      });

    const reversed = await arrange(
      [...ids].reverse().map((id, i) => ({ id, alt: { pt: `Foto ${i + 1}`, en: `Photo ${i + 1}` } })),
    );
    expect(reversed.statusCode).toBe(200);
    expect(reversed.json().items.map((i: Image) => [i.id, i.position, i.alt.en])).toEqual([
      [ids[2], 1, 'Photo 1'],
      [ids[1], 2, 'Photo 2'],
      [ids[0], 3, 'Photo 3'],
    ]);
    const detail = await t.app.inject({ url: `/api/v1/experiences/${experienceId}` });
    expect(detail.json().cover.id).toBe(ids[2]);

    const stale = await arrange(ids.slice(0, 2).map((id) => ({ id, alt: { pt: '' } })));
    expect([stale.statusCode, stale.json().error.details.reason]).toEqual([409, 'IMAGES_CHANGED']);
    const after = await t.app.inject({ url: `/api/v1/experiences/${experienceId}` });
    expect(after.json().images.map((i: Image) => i.id)).toEqual([ids[2], ids[1], ids[0]]);

    // Without the deferrable constraint this single statement would trip over its own rows.
    const rows = await db()
      .selectFrom('experience_images')
      .select(['id', 'position'])
      .where('experience_id', '=', experienceId)
      .orderBy('position')
      .execute();
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3]);
  });

  it('removes a picture, moves the next ones up and deletes its files', async () => {
    const experienceId = await insertExperience(db());
    const first = (await upload(experienceId, fixture('tiny.png'), 'a.png')).json() as Image;
    const second = (await upload(experienceId, fixture('tiny.png'), 'b.png')).json() as Image;
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/experiences/${experienceId}/images/${first.id}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(204);
    const detail = (await t.app.inject({ url: `/api/v1/experiences/${experienceId}` })).json();
    expect(detail.images.map((i: Image) => [i.id, i.position])).toEqual([[second.id, 1]]);
    expect((await t.app.inject({ url: first.variants.w480.url })).statusCode).toBe(404);
    expect(await t.context.storage.get(`images/${first.id}/w480.webp`)).toBeUndefined();
  });

  it('serves pictures of active experiences publicly with immutable caching, others to staff only', async () => {
    const experienceId = await insertExperience(db());
    const image = (await upload(experienceId, fixture('tiny.webp'), 'x.webp')).json() as Image;
    const url = image.variants.card.url;
    const open = await t.app.inject({ url });
    expect(open.statusCode).toBe(200);
    expect(open.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const etag = open.headers.etag as string;
    expect((await t.app.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);

    await db().updateTable('experiences').set({ active: false }).where('id', '=', experienceId).execute();
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    const staff = await t.app.inject({ url, headers: admin.headers });
    expect([staff.statusCode, staff.headers['cache-control']]).toEqual([200, 'private, no-store']);
    expect((await t.app.inject({ url: `/api/v1/images/${image.id}/original` })).statusCode).toBe(400);
  });

  it('caps a gallery at 20 pictures in the database', async () => {
    const experienceId = await insertExperience(db());
    const insert = (position: number) =>
      db()
        .insertInto('experience_images')
        .values({ experience_id: experienceId, position, width: 1, height: 1, variants: '{}' })
        .execute();
    await insert(20);
    await expect(insert(21)).rejects.toThrow(/experience_images_position_check/);
    await expect(insert(20)).rejects.toThrow(/experience_images_position_key/);
  });
});
