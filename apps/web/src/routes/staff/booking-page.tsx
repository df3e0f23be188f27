import type { BookingEvent } from '@promata/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { BookingActions } from '../../features/staff-bookings/booking-actions';
import { BookingDocuments } from '../../features/staff-bookings/booking-documents';
import { isBookingGone } from '../../features/staff-bookings/booking-error';
import { BookingFacts } from '../../features/staff-bookings/booking-facts';
import { BookingLinesTable } from '../../features/staff-bookings/booking-lines-table';
import { bookingReference } from '../../features/staff-bookings/booking-status';
import { AuditHistory } from '../../features/staff-audit/audit-history';
import { BookingTimeline } from '../../features/staff-bookings/booking-timeline';
import { HardDeleteAction } from '../../features/staff-bookings/hard-delete-action';
import {
  fetchBooking,
  fetchBookingEvents,
  staffBookingQueryKey,
  staffBookingsQueryKey,
  type Booking,
  type BookingTimelineEntry,
} from '../../features/staff-bookings/bookings-api';
import { ParticipantsTable } from '../../features/staff-bookings/participants-table';
import { staffActionsFor } from '../../features/staff-bookings/staff-actions';
import { TransitionDialog } from '../../features/staff-bookings/transition-dialog';
import { priceAdjustable } from '../../features/staff-bookings/price-adjustment-api';
import { PriceAdjustmentDialog } from '../../features/staff-bookings/price-adjustment-dialog';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import '../../styles/staff-bookings.css';

const route = getRouteApi('/staff/bookings/$bookingId');

/**
 * How often the page asks for the booking while it is on screen: the visitor, a colleague or a
 * job may move it meanwhile. TanStack Query pauses the interval while the tab is hidden and
 * fetches at once when it comes back (refetchOnWindowFocus), so a hidden tab costs nothing.
 */
export const bookingRefreshMs = 15_000;

/** `/staff/bookings/:id`, the page the staff e-mails link to: everything about one booking, and its next step. */
export function BookingPage() {
  const { t } = useTranslation();
  const { bookingId } = route.useParams();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const booking = useQuery({
    queryKey: [...staffBookingQueryKey(bookingId), 'detail'],
    queryFn: ({ signal }) => fetchBooking(session, bookingId, { signal }),
    refetchInterval: bookingRefreshMs,
    refetchOnWindowFocus: true,
  });
  const timeline = useQuery({
    queryKey: [...staffBookingQueryKey(bookingId), 'events'],
    queryFn: ({ signal }) => fetchBookingEvents(session, bookingId, { signal }),
    refetchInterval: bookingRefreshMs,
    refetchOnWindowFocus: true,
  });
  const reference = bookingReference(bookingId);
  useDocumentTitle(t('staffBookings.detail.title', { reference }));

  /** Fetches the booking, its timeline and the inbox again (its counts moved too). */
  const refresh = () => queryClient.invalidateQueries({ queryKey: staffBookingsQueryKey });

  return (
    <>
      <p className="booking-back">
        <Link to="/staff/bookings">{t('staffBookings.detail.back')}</Link>
      </p>
      <h1>{t('staffBookings.detail.heading', { reference })}</h1>
      <QueryState query={booking} errorText={t('staffBookings.detail.loadError')}>
        {(data) => (
          <BookingDetail
            // A new page state per booking: the seen version and the notices do not carry over.
            key={data.id}
            booking={data}
            timeline={timeline.data?.items}
            onUpdated={(updated) => queryClient.setQueryData([...staffBookingQueryKey(bookingId), 'detail'], updated)}
            onRefresh={refresh}
          />
        )}
      </QueryState>
      {booking.isError && isBookingGone(booking.error) && <p>{t('staffBookings.detail.gone')}</p>}
    </>
  );
}

type Notice = { kind: 'done' | 'updated'; text: string } | { kind: 'conflict' };

function BookingDetail({
  booking,
  timeline,
  onUpdated,
  onRefresh,
}: {
  booking: Booking;
  timeline: readonly BookingTimelineEntry[] | undefined;
  onUpdated: (updated: Booking) => void;
  onRefresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<BookingEvent>();
  /** The line whose price is being adjusted (its dialog is open). */
  const [adjusting, setAdjusting] = useState<string>();
  const language = useCurrentLanguage();
  const [notice, setNotice] = useState<Notice>();
  const [seen, setSeen] = useState(booking.updatedAt);
  const [focusActions, setFocusActions] = useState(0);
  const actionsHeadingRef = useRef<HTMLHeadingElement>(null);
  const status = t(`staffBookings.statuses.${booking.status}`);

  // A newer version than any seen came without an action of ours (polling brought it): say so,
  // once. Newer, not different: our own action's answer and the cache's older copy may render in
  // either order. ISO 8601 instants of the same format compare as text. After a conflict the
  // refreshed booking is explained by the conflict's alert, which stays.
  if (booking.updatedAt > seen) {
    setSeen(booking.updatedAt);
    if (notice?.kind !== 'conflict')
      setNotice({ kind: 'updated', text: t('staffBookings.detail.updated', { status }) });
  }

  // After an action the button that started it is usually gone (the state moved on): focus goes
  // to the actions' heading, from where the new choices are one Tab away.
  useEffect(() => {
    if (focusActions > 0) actionsHeadingRef.current?.focus();
  }, [focusActions]);

  const danger = pending ? staffActionsFor([pending])[0]?.tone === 'danger' : false;

  return (
    <>
      {/* Always in the page, so screen readers announce new text: outcomes and outside changes. */}
      <div
        role="status"
        className={notice && notice.kind !== 'conflict' ? 'form-success' : undefined}
        data-testid="booking-notice"
      >
        {notice && notice.kind !== 'conflict' ? notice.text : null}
      </div>
      <div
        role="alert"
        className={notice?.kind === 'conflict' ? 'form-alert' : undefined}
        data-testid="booking-conflict"
      >
        {notice?.kind === 'conflict' ? t('staffBookings.detail.actions.conflict') : null}
      </div>
      <p className="booking-live">{t('staffBookings.detail.live')}</p>
      <div className="booking-detail">
        <div className="booking-detail__main">
          <BookingFacts booking={booking} />
          <section aria-labelledby="lines-heading">
            <h2 id="lines-heading">{t('staffBookings.detail.lines.heading')}</h2>
            <BookingLinesTable
              booking={booking}
              onAdjust={priceAdjustable(booking.status) ? setAdjusting : undefined}
            />
          </section>
          <section aria-labelledby="participants-heading">
            <h2 id="participants-heading">
              {t('staffBookings.detail.participants.heading', { count: booking.participants.length })}
            </h2>
            <ParticipantsTable booking={booking} />
          </section>
          <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">{t('staffBookings.detail.documents.heading')}</h2>
            <BookingDocuments booking={booking} />
          </section>
        </div>
        <div className="booking-detail__side">
          <BookingActions booking={booking} headingRef={actionsHeadingRef} onChoose={setPending} />
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t('staffBookings.detail.timeline.heading')}</h2>
            {timeline ? (
              <BookingTimeline entries={timeline} documents={booking.documents} />
            ) : (
              <p className="query-state">{t('form.loading')}</p>
            )}
          </section>
          <AuditHistory targetType="booking" targetId={booking.id} />
          <HardDeleteAction booking={booking} />
        </div>
      </div>
      {pending && (
        <TransitionDialog
          booking={booking}
          event={pending}
          danger={danger}
          onDone={(updated) => {
            // Our own change: shown as the action's outcome, not as a change from elsewhere.
            setSeen(updated.updatedAt);
            onUpdated(updated);
            setNotice({
              kind: 'done',
              text: t('staffBookings.detail.actions.done', {
                action: t(`staffBookings.detail.actions.labels.${pending}`),
                status: t(`staffBookings.statuses.${updated.status}`),
              }),
            });
            setFocusActions((count) => count + 1);
            void onRefresh();
          }}
          onStale={() => {
            setNotice({ kind: 'conflict' });
            setFocusActions((count) => count + 1);
            void onRefresh();
          }}
          onClose={() => setPending(undefined)}
        />
      )}
      {adjusting && (
        <PriceAdjustmentDialog
          booking={booking}
          lineId={adjusting}
          onDone={(updated) => {
            setSeen(updated.updatedAt);
            onUpdated(updated);
            setNotice({
              kind: 'done',
              text: t('staffBookings.detail.priceAdjustment.done', {
                line: updated.lines.findIndex((line) => line.id === adjusting) + 1,
                total: formatMoney(updated.totalCents, language),
              }),
            });
            void onRefresh();
          }}
          onStale={() => {
            setNotice({ kind: 'conflict' });
            setFocusActions((count) => count + 1);
            void onRefresh();
          }}
          onClose={() => setAdjusting(undefined)}
        />
      )}
    </>
  );
}
