import type { Experience } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/text-field';
import { formatCalendarDate } from '../../i18n/format-calendar-date';
import { reserveTimeZone } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { addDays, todayIn } from '../../lib/calendar-date';
import { cartActions, useCart } from '../bookings/cart-store';
import type { PickedDays } from '../bookings/day-picks';
import { lineDates } from '../bookings/line-dates';

/**
 * "Add to my booking": the days (picked on the calendar or typed), the people, and a line added to
 * the cart, which anyone may fill; signing in is asked for only when confirming, and the cart
 * survives it.
 */
export function BookAction({
  experience,
  picked,
  onPick,
}: {
  experience: Experience;
  picked: PickedDays;
  onPick: (picked: PickedDays) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const cart = useCart();
  const id = useId();
  const [people, setPeople] = useState('1');
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState(false);
  const today = todayIn(reserveTimeZone);
  const maxDate = addDays(today, experience.maxAdvanceDays);
  const hosting = experience.category === 'HOSTING';
  const event = experience.category === 'EVENT';
  const dates = lineDates(experience, picked);
  const maxPeople = Math.min(experience.capacity, 500);

  const submit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const count = Number(people);
    if (!dates) {
      setError(t(hosting ? 'bookings.add.errorNights' : 'bookings.add.errorDay'));
      return;
    }
    if (!Number.isInteger(count) || count < 1 || count > maxPeople) {
      setError(t('bookings.add.errorPeople', { max: maxPeople }));
      return;
    }
    cartActions.add({ key: crypto.randomUUID(), experienceId: experience.id, ...dates, people: count });
    setError(undefined);
    setAdded(true);
  };

  return (
    <form className="book-action" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="book-action__heading">
        {t('bookings.add.heading')}
      </h3>
      {event ? (
        <p data-testid="book-event-dates">
          {dates
            ? t('bookings.add.eventDates', {
                first: formatCalendarDate(dates.startDate, language),
                last: formatCalendarDate(addDays(dates.endDate, -1), language),
              })
            : null}
        </p>
      ) : (
        <>
          <p className="book-action__note">{t(hosting ? 'bookings.add.pickHintHosting' : 'bookings.add.pickHint')}</p>
          <TextField
            id={`${id}-start`}
            type="date"
            label={t(hosting ? 'bookings.add.checkIn' : 'bookings.add.day')}
            min={today}
            max={maxDate}
            value={picked.startDate ?? ''}
            onChange={(change) => onPick({ ...picked, startDate: change.target.value || undefined })}
            data-testid="book-start"
          />
          {hosting && (
            <TextField
              id={`${id}-end`}
              type="date"
              label={t('bookings.add.checkOut')}
              min={picked.startDate ? addDays(picked.startDate, 1) : today}
              max={maxDate}
              value={picked.endDate ?? ''}
              onChange={(change) => onPick({ ...picked, endDate: change.target.value || undefined })}
              data-testid="book-end"
            />
          )}
        </>
      )}
      <TextField
        id={`${id}-people`}
        type="number"
        inputMode="numeric"
        min={1}
        max={maxPeople}
        label={t('bookings.add.people')}
        value={people}
        onChange={(change) => setPeople(change.target.value)}
        data-testid="book-people"
      />
      <div role="alert" className={error ? 'form-alert' : undefined} data-testid="book-error">
        {error}
      </div>
      <button type="submit" className="button" data-testid="book-button">
        {t('bookings.add.submit')}
      </button>
      <div role="status" data-testid="book-added">
        {added && cart.lines.length > 0 ? (
          <p className="form-success">
            {t('bookings.add.added', { count: cart.lines.length })}{' '}
            <Link to="/booking" data-testid="go-to-cart">
              {t('bookings.add.goToCart')}
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
