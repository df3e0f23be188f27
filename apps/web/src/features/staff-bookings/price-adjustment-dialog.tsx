import { maxAdjustedLineTotalCents, validationIssueSchema } from '@promata/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApiErrorText } from '../../components/form/api-error-text';
import { TextAreaField } from '../../components/form/text-area-field';
import { TextField } from '../../components/form/text-field';
import { ModalDialog } from '../../components/modal-dialog';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { ApiError } from '../../lib/api-client';
import { useSessionStore } from '../auth/session-context';
import { localized } from '../staff-catalogue/localized';
import { formatCentsForInput, parseReaisToCents } from '../staff-catalogue/money';
import { isBookingGone } from './booking-error';
import type { Booking } from './bookings-api';
import { adjustLinePrice, priceAdjustmentRefusal } from './price-adjustment-api';
import { DialogActions } from '../staff/dialog-actions';

/** The API's bound on the reason. */
const maxReasonLength = 500;

type Errors = { total?: string | undefined; reason?: string | undefined };

const issuesSchema = z.object({ issues: z.array(validationIssueSchema) });

/** The API's field errors (already in the request's language) on this form's two fields. */
function serverFieldErrors(error: unknown): Errors | undefined {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return undefined;
  const details = issuesSchema.safeParse(error.details);
  if (!details.success) return undefined;
  const at = (path: string) => details.data.issues.find((issue) => issue.path === path)?.message;
  const errors = { total: at('body.totalCents'), reason: at('body.reason') };
  return errors.total || errors.reason ? errors : undefined;
}

/**
 * Sets one line's total, in reais, with the reason the visitor reads in the e-mail and the
 * history. The quote stays on the line: the dialog shows it beside the price owed now. A refusal
 * because the booking closed or vanished meanwhile closes the dialog and is told by the page.
 */
export function PriceAdjustmentDialog({
  booking,
  lineId,
  onDone,
  onStale,
  onClose,
}: {
  booking: Booking;
  lineId: string;
  onDone: (updated: Booking) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const apiErrorText = useApiErrorText();
  const index = booking.lines.findIndex((candidate) => candidate.id === lineId);
  const line = booking.lines[index]!;
  const [total, setTotal] = useState(() => formatCentsForInput(line.totalCents, language));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = localized(line.experienceName, language).text;

  /** Client checks first (same bounds as the contract), so a typo costs no request. */
  function check(): { totalCents: number; reason: string } | undefined {
    const cents = parseReaisToCents(total, language);
    const next: Errors = {
      total:
        cents === undefined
          ? t('staffBookings.detail.priceAdjustment.errors.amount')
          : cents > maxAdjustedLineTotalCents
            ? t('staffBookings.detail.priceAdjustment.errors.tooHigh', {
                max: formatMoney(maxAdjustedLineTotalCents, language),
              })
            : undefined,
      reason: reason.trim() ? undefined : t('staffBookings.detail.priceAdjustment.errors.reason'),
    };
    setErrors(next);
    return cents !== undefined && !next.total && !next.reason
      ? { totalCents: cents, reason: reason.trim() }
      : undefined;
  }

  return (
    <ModalDialog
      heading={t('staffBookings.detail.priceAdjustment.heading', { line: index + 1, name })}
      description={
        <p>
          {t('staffBookings.detail.priceAdjustment.text', {
            quoted: formatMoney(line.quotedTotalCents, language),
            current: formatMoney(line.totalCents, language),
          })}
        </p>
      }
      onClose={onClose}
      testId="price-adjustment-dialog"
    >
      {(close) => {
        const submit = async () => {
          if (busy) return;
          setAlert(undefined);
          const body = check();
          if (!body) return;
          setBusy(true);
          try {
            const result = await adjustLinePrice(session, { bookingId: booking.id, lineId }, body);
            close();
            onDone(result.booking);
          } catch (error) {
            const refusal = priceAdjustmentRefusal(error);
            if (refusal === 'closed' || isBookingGone(error)) {
              close();
              onStale();
            } else if (refusal === 'unchanged') {
              setErrors({ total: t('staffBookings.detail.priceAdjustment.errors.unchanged') });
            } else {
              const fields = serverFieldErrors(error);
              if (fields) setErrors(fields);
              else setAlert(apiErrorText(error));
            }
          } finally {
            setBusy(false);
          }
        };
        return (
          <form
            noValidate
            onSubmit={(submitted) => {
              submitted.preventDefault();
              void submit();
            }}
          >
            <div role="alert" className={alert ? 'form-alert' : undefined} data-testid="price-adjustment-error">
              {alert ?? null}
            </div>
            <TextField
              id="price-adjustment-total"
              label={t('staffBookings.detail.priceAdjustment.total')}
              hint={t('staffBookings.detail.priceAdjustment.totalHint')}
              inputMode="decimal"
              autoComplete="off"
              value={total}
              error={errors.total}
              onChange={(changed) => setTotal(changed.target.value)}
            />
            <TextAreaField
              id="price-adjustment-reason"
              label={t('staffBookings.detail.priceAdjustment.reason')}
              hint={t('staffBookings.detail.priceAdjustment.reasonHint')}
              maxLength={maxReasonLength}
              value={reason}
              error={errors.reason}
              onChange={(changed) => setReason(changed.target.value)}
            />
            <DialogActions
              label={t('staffBookings.detail.priceAdjustment.confirm')}
              busy={busy}
              testId="price-adjustment-confirm"
              onCancel={close}
            />
          </form>
        );
      }}
    </ModalDialog>
  );
}
