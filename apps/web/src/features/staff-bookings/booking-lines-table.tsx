import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarRange } from '../../i18n/format-calendar-date';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from '../staff-catalogue/localized';
import type { Booking } from './bookings-api';
import { visitDays } from './visit-dates';

/**
 * The booked experiences with the prices owed (the quote of creation beside any staff adjustment),
 * and the booking's total below. With `onAdjust`, each line has its "Adjust price" button.
 */
export function BookingLinesTable({
  booking,
  onAdjust,
}: {
  booking: Booking;
  onAdjust?: ((lineId: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const captionId = useId();
  const number = new Intl.NumberFormat(language);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid="booking-lines">
        <caption id={captionId} className="visually-hidden">
          {t('staffBookings.detail.lines.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staffBookings.detail.lines.experience')}</th>
            <th scope="col">{t('staffBookings.detail.lines.dates')}</th>
            <th scope="col">{t('staffBookings.detail.lines.people')}</th>
            <th scope="col">{t('staffBookings.detail.lines.unitPrice')}</th>
            <th scope="col">{t('staffBookings.detail.lines.total')}</th>
            {onAdjust && (
              <th scope="col">
                <span className="visually-hidden">{t('staffBookings.detail.lines.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {booking.lines.map((line, index) => {
            const name = localized(line.experienceName, language);
            const { first, last } = visitDays(line.startDate, line.endDate, line.category);
            return (
              <tr key={line.id}>
                <th scope="row" lang={name.lang === language ? undefined : name.lang}>
                  <span className="cell-note">{index + 1}.</span>
                  {name.text}
                </th>
                <td>{formatCalendarRange(first, last, language)}</td>
                <td>{number.format(line.people)}</td>
                <td>
                  {line.unitPriceCents === 0
                    ? t('staffBookings.detail.lines.exempt')
                    : formatMoney(line.unitPriceCents, language)}
                  {line.category === 'HOSTING' && line.unitPriceCents > 0 && (
                    <span className="cell-note">{t('staffBookings.detail.lines.unitPriceNight')}</span>
                  )}
                </td>
                <td className="data-table__number" data-testid="line-total">
                  {formatMoney(line.totalCents, language)}
                  {line.quotedTotalCents !== line.totalCents && (
                    <span className="cell-note" data-testid="line-quote">
                      {t('staffBookings.detail.lines.quoted', { amount: formatMoney(line.quotedTotalCents, language) })}
                    </span>
                  )}
                </td>
                {onAdjust && (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => onAdjust(line.id)}
                      data-testid="adjust-price"
                    >
                      {t('staffBookings.detail.lines.adjust')}
                      <span className="visually-hidden">
                        {' '}
                        {t('staffBookings.detail.lines.adjustLine', { line: index + 1 })}
                      </span>
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('staffBookings.detail.lines.sum')}
            </th>
            <td className="data-table__number" data-testid="booking-total">
              {formatMoney(booking.totalCents, language)}
            </td>
            {onAdjust && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
