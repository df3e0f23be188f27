import {
  experienceImageSchema,
  experiencePageSchema,
  experienceSchema,
  imageListSchema,
  type ArrangeImagesRequest,
  type Experience,
  type ExperienceImage,
  type ExperienceInput,
  type UpdateExperienceRequest,
} from '@promata/contracts';
import type { z } from 'zod';
import { requestBlob, requestJson, requestVoid, type FileResponse } from '../../lib/api-client';
import { privateQueryKey } from '../auth/private-queries';
import type { SessionStore } from '../auth/session-store';

export const catalogueApiPath = '/api/v1';

// Under the private prefix: staff see inactive experiences and unpublished pictures with this
// session's token, which must not outlive it in the cache.
export const staffCatalogueQueryKey = [...privateQueryKey, 'staff-catalogue'] as const;
export const staffExperiencesQueryKey = [...staffCatalogueQueryKey, 'experiences'] as const;
export const staffExperienceQueryKey = (id: string) => [...staffCatalogueQueryKey, 'experience', id] as const;

export type ExperiencePage = z.output<typeof experiencePageSchema>;

type Signal = { signal?: AbortSignal | undefined };

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const experiencePath = (id: string) => `${catalogueApiPath}/experiences/${encodeURIComponent(id)}`;

/** With the staff token the API lists inactive experiences too (and never caches the answer). */
export function fetchStaffExperiences(
  session: SessionStore,
  params: URLSearchParams,
  { signal }: Signal = {},
): Promise<ExperiencePage> {
  return session.authorized((accessToken) =>
    requestJson(`${catalogueApiPath}/experiences?${params.toString()}`, experiencePageSchema, {
      accessToken,
      ...withSignal(signal),
    }),
  );
}

export function fetchStaffExperience(session: SessionStore, id: string, { signal }: Signal = {}): Promise<Experience> {
  return session.authorized((accessToken) =>
    requestJson(experiencePath(id), experienceSchema, { accessToken, ...withSignal(signal) }),
  );
}

export function createExperience(session: SessionStore, body: ExperienceInput): Promise<Experience> {
  return session.authorized((accessToken) =>
    requestJson(`${catalogueApiPath}/experiences`, experienceSchema, { method: 'POST', accessToken, body }),
  );
}

export function updateExperience(
  session: SessionStore,
  id: string,
  body: UpdateExperienceRequest,
): Promise<Experience> {
  return session.authorized((accessToken) =>
    requestJson(experiencePath(id), experienceSchema, { method: 'PATCH', accessToken, body }),
  );
}

/** 409 CONFLICT with reason HAS_BOOKINGS once booked: deactivate it instead. */
export function deleteExperience(session: SessionStore, id: string): Promise<void> {
  return session.authorized((accessToken) => requestVoid(experiencePath(id), { method: 'DELETE', accessToken }));
}

/** Appends a picture to the gallery (the first one becomes the cover). */
export function uploadExperienceImage(
  session: SessionStore,
  id: string,
  file: { blob: Blob; name: string },
  alt: { pt: string; en: string },
): Promise<ExperienceImage> {
  return session.authorized((accessToken) => {
    // A new FormData per attempt: the retry after a refresh sends the same bytes again.
    const body = new FormData();
    body.append('altPt', alt.pt);
    if (alt.en.trim() !== '') body.append('altEn', alt.en);
    body.append('file', file.blob, file.name);
    return requestJson(`${experiencePath(id)}/images`, experienceImageSchema, { method: 'POST', accessToken, body });
  });
}

/** The whole gallery in its new order with its alt texts, in one atomic write. */
export function arrangeExperienceImages(
  session: SessionStore,
  id: string,
  body: ArrangeImagesRequest,
): Promise<ExperienceImage[]> {
  return session
    .authorized((accessToken) =>
      requestJson(`${experiencePath(id)}/images`, imageListSchema, { method: 'PATCH', accessToken, body }),
    )
    .then((list) => list.items);
}

export function deleteExperienceImage(session: SessionStore, id: string, imageId: string): Promise<void> {
  return session.authorized((accessToken) =>
    requestVoid(`${experiencePath(id)}/images/${encodeURIComponent(imageId)}`, { method: 'DELETE', accessToken }),
  );
}

/**
 * A picture's bytes with the staff token: pictures of inactive experiences are not public, and an
 * `<img src>` cannot send the Authorization header. Only the API's own image paths are fetched.
 */
export function fetchImageFile(session: SessionStore, url: string, { signal }: Signal = {}): Promise<FileResponse> {
  if (!url.startsWith(`${catalogueApiPath}/images/`)) return Promise.reject(new Error(`not an image path: ${url}`));
  return session.authorized((accessToken) => requestBlob(url, { accessToken, ...withSignal(signal) }));
}
