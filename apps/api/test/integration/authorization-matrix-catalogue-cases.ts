import { dayLine, inDays } from '../support/bookings.js';
import { insertImageRow, multipartBody } from '../support/catalogue.js';
import {
  all,
  multipartPng,
  ownerOrStaff,
  pdf,
  seenByStaffOnly,
  signedIn,
  staffOnly,
  type Case,
  type MatrixFixtures,
} from './authorization-matrix-support.js';

const reportRange = 'from=2030-01-01&to=2030-12-31';

/** Rows of the catalogue, bookings and staff reports. */
export function catalogueCases(f: MatrixFixtures): Record<string, Case> {
  return {
    'GET /api/v1/experiences': { request: async () => ({}), expect: all(200) },
    'GET /api/v1/experiences/:id': {
      request: async () => ({ url: `/api/v1/experiences/${await f.experience(false)}` }),
      expect: seenByStaffOnly,
    },
    'POST /api/v1/experiences': {
      request: async () => ({
        payload: {
          category: 'HOSTING',
          name: { pt: 'Cabana' },
          description: { pt: 'Cabana na mata.' },
          capacity: 4,
          priceCents: 9000,
        },
      }),
      expect: staffOnly(201),
    },
    'PATCH /api/v1/experiences/:id': {
      request: async () => ({ url: `/api/v1/experiences/${await f.experience()}`, payload: { capacity: 12 } }),
      expect: staffOnly(200),
    },
    'DELETE /api/v1/experiences/:id': {
      request: async () => ({ url: `/api/v1/experiences/${await f.experience()}` }),
      expect: staffOnly(204),
    },
    'GET /api/v1/experiences/:id/availability': {
      request: async () => ({
        url: `/api/v1/experiences/${await f.experience()}/availability?from=2030-01-01&to=2030-01-31`,
      }),
      expect: all(200),
    },
    'POST /api/v1/experiences/:id/images': {
      request: async () => ({ url: `/api/v1/experiences/${await f.experience()}/images`, ...multipartPng() }),
      expect: staffOnly(201),
    },
    'PATCH /api/v1/experiences/:id/images': {
      request: async () => {
        const id = await f.experience();
        const imageId = await insertImageRow(f.db(), id, 1);
        return {
          url: `/api/v1/experiences/${id}/images`,
          payload: { images: [{ id: imageId, alt: { pt: 'Vista' } }] },
        };
      },
      expect: staffOnly(200),
    },
    'DELETE /api/v1/experiences/:id/images/:imageId': {
      request: async () => {
        const id = await f.experience();
        return { url: `/api/v1/experiences/${id}/images/${await insertImageRow(f.db(), id, 1)}` };
      },
      expect: staffOnly(204),
    },
    'GET /api/v1/images/:imageId/:variant': {
      // A picture of an inactive experience; those of active ones are public (catalogue tests).
      request: async () => ({ url: `/api/v1/images/${await f.storedImage(false)}/w480` }),
      expect: seenByStaffOnly,
    },

    'GET /api/v1/closures': { request: async () => ({}), expect: all(200) },
    'POST /api/v1/closures': {
      request: async () => ({
        payload: { startsOn: '2030-02-01', endsOn: '2030-02-02', reason: { pt: 'Manutenção' } },
      }),
      expect: staffOnly(201),
    },
    'PATCH /api/v1/closures/:id': {
      request: async () => ({ url: `/api/v1/closures/${await f.closure()}`, payload: { endsOn: '2030-03-02' } }),
      expect: staffOnly(200),
    },
    'DELETE /api/v1/closures/:id': {
      request: async () => ({ url: `/api/v1/closures/${await f.closure()}` }),
      expect: staffOnly(204),
    },

    'GET /api/v1/highlights': { request: async () => ({}), expect: all(200) },
    'POST /api/v1/highlights': {
      request: async () => {
        await f.db().deleteFrom('highlights').execute();
        return { payload: { slot: 'CAROUSEL', title: { pt: 'Novidade' } } };
      },
      expect: staffOnly(201),
    },
    'PUT /api/v1/highlights/order': {
      request: async () => ({ payload: { slot: 'CAROUSEL', ids: [await f.loneHighlight()] } }),
      expect: staffOnly(200),
    },
    'PATCH /api/v1/highlights/:id': {
      request: async () => ({
        url: `/api/v1/highlights/${await f.loneHighlight()}`,
        payload: { title: { pt: 'Outro' } },
      }),
      expect: staffOnly(200),
    },
    'PUT /api/v1/highlights/:id/image': {
      request: async () => ({ url: `/api/v1/highlights/${await f.loneHighlight()}/image`, ...multipartPng() }),
      expect: staffOnly(200),
    },
    'DELETE /api/v1/highlights/:id': {
      request: async () => ({ url: `/api/v1/highlights/${await f.loneHighlight()}` }),
      expect: staffOnly(204),
    },

    'POST /api/v1/bookings': {
      request: async () => ({ payload: { lines: [dayLine(await f.experience(), inDays(10), 1)] } }),
      expect: signedIn(201),
    },
    'POST /api/v1/bookings/quote': {
      request: async () => ({ payload: { lines: [dayLine(await f.experience(), inDays(10), 1)] } }),
      expect: signedIn(200),
    },
    'GET /api/v1/bookings': {
      request: async () => ({ url: '/api/v1/bookings?status=CREATED' }),
      expect: signedIn(200),
    },
    // Owned bookings: the owner column gets its own booking, every other column someone else's.
    'GET /api/v1/bookings/:id': {
      request: async (cell) => ({ url: `/api/v1/bookings/${await f.booking(cell)}` }),
      expect: ownerOrStaff(200),
    },
    'GET /api/v1/bookings/:id/events': {
      request: async (cell) => ({ url: `/api/v1/bookings/${await f.booking(cell)}/events` }),
      expect: ownerOrStaff(200),
    },
    'POST /api/v1/bookings/:id/transitions': {
      request: async (cell) => ({
        url: `/api/v1/bookings/${await f.booking(cell)}/transitions`,
        // The owner asks to cancel; staff cancel outright (each the event their role may fire).
        payload: { event: cell.caller === 'owner' ? 'REQUEST_CANCELLATION' : 'CANCEL' },
      }),
      expect: ownerOrStaff(200),
    },
    'PUT /api/v1/bookings/:id/participants': {
      request: async (cell) => ({
        url: `/api/v1/bookings/${await f.booking(cell)}/participants`,
        payload: { participants: [] },
      }),
      expect: ownerOrStaff(200),
    },
    'POST /api/v1/bookings/:id/documents': {
      request: async (cell) => ({
        url: `/api/v1/bookings/${await f.booking(cell)}/documents`,
        ...multipartBody(
          { field: 'file', name: 'doc.pdf', type: 'application/pdf', bytes: pdf },
          { kind: 'BOOKING_DOCUMENT' },
        ),
      }),
      expect: ownerOrStaff(201),
    },
    // ROOT alone erases a booking; to everyone else, ADMIN included, the route does not exist.
    'DELETE /api/v1/bookings/:id': {
      request: async (cell) => {
        const id = await f.booking(cell);
        return { url: `/api/v1/bookings/${id}`, payload: { reference: id.slice(0, 8), reason: 'Matriz' } };
      },
      expect: { ...all(404), anonymous: 401, root: 204 },
    },
    'GET /api/v1/bookings/:id/calendar.ics': {
      request: async (cell) => ({ url: `/api/v1/bookings/${await f.booking(cell)}/calendar.ics` }),
      expect: ownerOrStaff(200),
    },
    // Staff set a line's price; the owner column's own booking is as absent to them as to anyone.
    'POST /api/v1/bookings/:id/lines/:lineId/price-adjustments': {
      request: async (cell) => {
        const id = await f.booking(cell);
        const line = await f
          .db()
          .selectFrom('booking_lines')
          .select('id')
          .where('booking_id', '=', id)
          .executeTakeFirstOrThrow();
        return {
          url: `/api/v1/bookings/${id}/lines/${line.id}/price-adjustments`,
          payload: { totalCents: 1, reason: 'Matriz' },
        };
      },
      expect: staffOnly(201),
    },

    'GET /api/v1/dashboard': { request: async () => ({}), expect: staffOnly(200) },
    'GET /api/v1/reports/occupancy': {
      request: async () => ({ url: `/api/v1/reports/occupancy?${reportRange}` }),
      expect: staffOnly(200),
    },
    'GET /api/v1/reports/visitors': {
      request: async () => ({ url: `/api/v1/reports/visitors?${reportRange}` }),
      expect: staffOnly(200),
    },
    'GET /api/v1/reports/demographics': {
      request: async () => ({ url: `/api/v1/reports/demographics?${reportRange}` }),
      expect: staffOnly(200),
    },
    'GET /api/v1/reports/revenue': {
      request: async () => ({ url: `/api/v1/reports/revenue?${reportRange}` }),
      expect: staffOnly(200),
    },
    'GET /api/v1/reports/bookings.csv': {
      request: async () => ({ url: `/api/v1/reports/bookings.csv?${reportRange}` }),
      expect: staffOnly(200),
    },
    'GET /api/v1/audit': { request: async () => ({ url: '/api/v1/audit?targetType=booking' }), expect: staffOnly(200) },
  };
}
