import { formatCpf, type Booking } from '@promata/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { bookingEventsQuery, bookingQuery } from '../../features/bookings/booking-queries';
import { ownerEditsParticipants } from '../../features/bookings/booking-status';
import { BookingStatusBadge } from '../../features/bookings/booking-status-badge';
import { BookingTimeline } from '../../features/bookings/booking-timeline';
import { CalendarDownload } from '../../features/bookings/calendar-download';
import { CancellationRequest } from '../../features/bookings/cancellation-request';
import { ParticipantsEditor } from '../../features/bookings/participants-editor';
import { PaymentProofForm } from '../../features/bookings/payment-proof-form';
import { stayLabel } from '../../features/bookings/stay-label';
import { pickText } from '../../features/catalogue/localized-text';
import { formatCalendarDate } from '../../i18n/format-calendar-date';
import { formatDateTime } from '../../i18n/format-date-time';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { ApiError } from '../../lib/api-client';
import '../../styles/forms.css';
import '../../styles/bookings.css';

const route = getRouteApi('/bookings/$bookingId');

/** `/bookings/:id` (the e-mails link here): the booking, its history and what the owner may do now. */
export function BookingPage() {
  const { t } = useTranslation();
  const { bookingId } = route.useParams();
  const session = useSessionStore();
  const booking = useQuery(bookingQuery(session, bookingId));
  useDocumentTitle(t('bookings.detail.title'));
  const missing = booking.error instanceof ApiError && (booking.error.status === 404 || booking.error.status === 400);

  return (
    <div className="container booking-page">
      <p>
        <Link to="/bookings">
          <span aria-hidden="true">‹ </span>
          {t('bookings.detail.back')}
        </Link>
      </p>
      {missing ? (
        <>
          <h1>{t('bookings.detail.notFound')}</h1>
          <p>{t('bookings.detail.notFoundText')}</p>
        </>
      ) : (
        <QueryState query={booking} errorText={t('bookings.detail.loadError')}>
          {(data) => <BookingDetails booking={data} />}
        </QueryState>
      )}
    </div>
  );
}

function BookingDetails({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const events = useQuery(bookingEventsQuery(session, booking.id));
  const allowed = new Set(booking.allowedEvents);
  const editsPeople = ownerEditsParticipants(booking.status);

  return (
    <article aria-labelledby="booking-heading">
      <header className="booking-header">
        <h1 id="booking-heading">
          {t('bookings.detail.heading', { reference: booking.id.slice(0, 8).toUpperCase() })}
        </h1>
        <p>
          {t('bookings.detail.status')} <BookingStatusBadge status={booking.status} />
        </p>
        {booking.paymentDeadline && (
          <p data-testid="payment-deadline">
            {t('bookings.detail.paymentDeadline', { when: formatDateTime(booking.paymentDeadline, language) })}
          </p>
        )}
        <CalendarDownload bookingId={booking.id} />
      </header>

      <section className="booking-section" aria-labelledby="booking-lines-heading">
        <h2 id="booking-lines-heading">{t('bookings.detail.lines')}</h2>
        <ul className="booking-lines">
          {booking.lines.map((line) => {
            const name = pickText(line.experienceName, language);
            return (
              <li key={line.id} className="booking-line" data-testid="booking-line">
                <h3 lang={name?.lang}>{name?.text}</h3>
                <p>
                  {t(`catalogue.categories.${line.category}`)} · {stayLabel(t, language, line)}
                </p>
                <p>
                  {t('bookings.detail.linePrice', {
                    count: line.people,
                    unit: formatMoney(line.unitPriceCents, language),
                    total: formatMoney(line.quotedTotalCents, language),
                  })}
                </p>
                {line.totalCents !== line.quotedTotalCents && (
                  <p data-testid="booking-line-adjusted">
                    {t('bookings.detail.adjustedPrice', { total: formatMoney(line.totalCents, language) })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <p className="booking-total" data-testid="booking-total">
          {t('bookings.detail.total', { total: formatMoney(booking.totalCents, language) })}
        </p>
        {booking.notes && (
          <p>
            {t('bookings.detail.notes')} {booking.notes}
          </p>
        )}
      </section>

      <section className="booking-section" aria-labelledby="booking-actions-heading">
        <h2 id="booking-actions-heading">{t('bookings.actions.heading')}</h2>
        {!editsPeople && !allowed.has('SEND_PAYMENT_PROOF') && !allowed.has('REQUEST_CANCELLATION') && (
          <p data-testid="no-actions">{t('bookings.actions.none')}</p>
        )}
        {allowed.has('SEND_PAYMENT_PROOF') && <PaymentProofForm bookingId={booking.id} />}
        {allowed.has('REQUEST_CANCELLATION') && <CancellationRequest bookingId={booking.id} />}
      </section>

      {editsPeople ? (
        <ParticipantsEditor key={booking.id} booking={booking} />
      ) : (
        <section className="booking-section" aria-labelledby="booking-people-heading">
          <h2 id="booking-people-heading">{t('bookings.participants.heading')}</h2>
          {booking.participants.length === 0 ? (
            <p>{t('bookings.detail.noParticipants')}</p>
          ) : (
            <ul className="booking-people">
              {booking.participants.map((participant) => (
                <li key={participant.id}>
                  {participant.name} ·{' '}
                  {participant.document.type === 'CPF'
                    ? `CPF ${formatCpf(participant.document.number)}`
                    : `${t('bookings.participants.passport')} ${participant.document.number}`}{' '}
                  · {formatCalendarDate(participant.birthDate, language)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section className="booking-section" aria-labelledby="booking-documents-heading">
        <h2 id="booking-documents-heading">{t('bookings.detail.documents')}</h2>
        {booking.documents.length === 0 ? (
          <p>{t('bookings.detail.noDocuments')}</p>
        ) : (
          <ul data-testid="booking-documents">
            {booking.documents.map((document) => (
              <li key={document.id}>
                {t(`bookings.documentKinds.${document.kind}`)} · {document.originalName ?? document.contentType} ·{' '}
                {formatDateTime(document.createdAt, language)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="booking-section" aria-labelledby="booking-timeline-heading">
        <h2 id="booking-timeline-heading">{t('bookings.detail.timeline')}</h2>
        <QueryState query={events} errorText={t('bookings.detail.timelineError')}>
          {(timeline) => <BookingTimeline entries={timeline.items} />}
        </QueryState>
      </section>
    </article>
  );
}
