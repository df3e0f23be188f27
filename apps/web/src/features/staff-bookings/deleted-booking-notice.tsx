import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

type Listener = () => void;

/**
 * The reference of the booking ROOT just erased, for the inbox to confirm it once: the booking's
 * own page cannot say so, since it is gone. Module state, like the app's other notices.
 */
function createDeletedBookingNotices() {
  let reference: string | undefined;
  const listeners = new Set<Listener>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: (): string | undefined => reference,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(deleted: string): void {
      reference = deleted;
      emit();
    },
    clear(): void {
      reference = undefined;
      emit();
    },
  };
}

export const deletedBookingNotices = createDeletedBookingNotices();

/** Notices on screen now: the reference is dropped once the inbox has been left. */
let mounted = 0;

/** On the inbox: "booking X was deleted", shown while the inbox stays open and not again. */
export function DeletedBookingNotice() {
  const { t } = useTranslation();
  const reference = useSyncExternalStore(deletedBookingNotices.subscribe, deletedBookingNotices.get);
  useEffect(() => {
    mounted += 1;
    return () => {
      mounted -= 1;
      // Later, not now: a development re-mount (StrictMode) must not drop the notice unseen.
      setTimeout(() => {
        if (mounted === 0) deletedBookingNotices.clear();
      }, 0);
    };
  }, []);
  return (
    // Always present, so screen readers announce the text when it appears.
    <div role="status" data-testid="deleted-booking-notice">
      {reference && <p className="form-success">{t('staffBookings.hardDelete.done', { reference })}</p>}
    </div>
  );
}
