import {
  highlightListSchema,
  highlightSchema,
  type CreateHighlightRequest,
  type Highlight,
  type HighlightOrderRequest,
  type UpdateHighlightRequest,
} from '@promata/contracts';
import { requestJson, requestVoid } from '../../lib/api-client';
import type { SessionStore } from '../auth/session-store';
import { catalogueApiPath, staffCatalogueQueryKey } from './experiences-api';

export const staffHighlightsQueryKey = [...staffCatalogueQueryKey, 'highlights'] as const;

const highlightsPath = `${catalogueApiPath}/highlights`;
const highlightPath = (id: string) => `${highlightsPath}/${encodeURIComponent(id)}`;

/** Every highlight, carousel first; with the staff token, also those linking to inactive experiences. */
export function fetchStaffHighlights(session: SessionStore, { signal }: { signal?: AbortSignal } = {}) {
  return session
    .authorized((accessToken) =>
      requestJson(highlightsPath, highlightListSchema, { accessToken, ...(signal ? { signal } : {}) }),
    )
    .then((list) => list.items);
}

/** Appended at the end of its slot; 409 SLOT_FULL past the cap. */
export function createHighlight(session: SessionStore, body: CreateHighlightRequest): Promise<Highlight> {
  return session.authorized((accessToken) =>
    requestJson(highlightsPath, highlightSchema, { method: 'POST', accessToken, body }),
  );
}

/** A new slot moves it to the end of that slot (409 SLOT_FULL when that one is full). */
export function updateHighlight(session: SessionStore, id: string, body: UpdateHighlightRequest): Promise<Highlight> {
  return session.authorized((accessToken) =>
    requestJson(highlightPath(id), highlightSchema, { method: 'PATCH', accessToken, body }),
  );
}

/** Every highlight of one slot in its new order, atomically (409 HIGHLIGHTS_CHANGED if the slot changed). */
export function orderHighlights(session: SessionStore, body: HighlightOrderRequest): Promise<Highlight[]> {
  return session
    .authorized((accessToken) =>
      requestJson(`${highlightsPath}/order`, highlightListSchema, { method: 'PUT', accessToken, body }),
    )
    .then((list) => list.items);
}

export function setHighlightImage(
  session: SessionStore,
  id: string,
  file: { blob: Blob; name: string },
): Promise<Highlight> {
  return session.authorized((accessToken) => {
    const body = new FormData();
    body.append('file', file.blob, file.name);
    return requestJson(`${highlightPath(id)}/image`, highlightSchema, { method: 'PUT', accessToken, body });
  });
}

export function deleteHighlight(session: SessionStore, id: string): Promise<void> {
  return session.authorized((accessToken) => requestVoid(highlightPath(id), { method: 'DELETE', accessToken }));
}
