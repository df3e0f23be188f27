import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { staffBookingQueryKey, staffBookingsQueryKey, type Booking } from './bookings-api';
import { deletedBookingNotices } from './deleted-booking-notice';
import { HardDeleteDialog } from './hard-delete-dialog';

/**
 * "Delete permanently", for ROOT only (the API answers 404 to anyone else, so nobody else is
 * offered it). After the deletion the booking's page has nothing to show: back to the inbox,
 * which says what happened.
 */
export function HardDeleteAction({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  if (session.status !== 'authenticated' || session.user.role !== 'ROOT') return null;

  const deleted = async (reference: string) => {
    deletedBookingNotices.show(reference);
    await navigate({ to: '/staff/bookings' });
    // Not refetched: the booking is gone, and asking for it again would only answer 404.
    queryClient.removeQueries({ queryKey: staffBookingQueryKey(booking.id) });
    await queryClient.invalidateQueries({ queryKey: staffBookingsQueryKey });
  };

  return (
    <section className="booking-actions" aria-labelledby="hard-delete-heading" data-testid="hard-delete">
      <h2 id="hard-delete-heading">{t('staffBookings.hardDelete.heading')}</h2>
      <button
        type="button"
        className="button button--danger-outline"
        onClick={() => setOpen(true)}
        data-testid="hard-delete-open"
      >
        {t('staffBookings.hardDelete.open')}
      </button>
      {open && (
        <HardDeleteDialog
          booking={booking}
          onDeleted={(reference) => void deleted(reference)}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}
