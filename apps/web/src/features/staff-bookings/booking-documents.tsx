import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { DocumentPreview } from '../staff/document-preview';
import type { Booking } from './bookings-api';

type BookingDocument = Booking['documents'][number];

/**
 * The files the visitor sent, newest first, each shown in the page on demand (a PDF in a frame,
 * an image as an image, fetched with the session's token as a blob) and downloadable.
 */
export function BookingDocuments({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  if (booking.documents.length === 0) return <p>{t('staffBookings.detail.documents.none')}</p>;
  const newestFirst = [...booking.documents].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ul className="booking-documents">
      {newestFirst.map((document) => (
        <DocumentItem key={document.id} document={document} owner={booking.owner.name} />
      ))}
    </ul>
  );
}

function DocumentItem({ document, owner }: { document: BookingDocument; owner: string }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const [open, setOpen] = useState(false);
  const kind = t(`staffBookings.detail.documents.kinds.${document.kind}`);
  const name = document.originalName ?? t('staffBookings.detail.documents.unnamed');
  const previewId = `document-${document.id}`;
  return (
    <li className="booking-documents__item" data-testid="booking-document" data-document-id={document.id}>
      <p className="booking-documents__title">
        <strong>{kind}</strong> <span className="booking-documents__name">{name}</span>
        <span className="cell-note">
          {t('staffBookings.detail.documents.sentOn', { date: formatDateTime(document.createdAt, language) })}
        </span>
      </p>
      <button
        type="button"
        className="button button--secondary button--compact"
        aria-expanded={open}
        aria-controls={previewId}
        onClick={() => setOpen((value) => !value)}
        data-testid="document-toggle"
      >
        {open
          ? t('staffBookings.detail.documents.hide', { name: kind })
          : t('staffBookings.detail.documents.show', { name: kind })}
      </button>
      <div id={previewId}>{open && <DocumentPreview documentId={document.id} applicant={owner} />}</div>
    </li>
  );
}
