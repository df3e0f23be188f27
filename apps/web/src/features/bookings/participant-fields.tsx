import { genders } from '@promata/contracts';
import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { emptyParticipant, type BookingFormValues } from './booking-request';

export type LineOption = { key: string; label: string };

/**
 * The participants of a booking, one fieldset each, with the lines each attends. The list may
 * stay short (or empty): participants can be sent later, from the booking's page.
 */
export function ParticipantFields({
  control,
  register,
  errors,
  lines,
}: {
  control: Control<BookingFormValues>;
  register: UseFormRegister<BookingFormValues>;
  errors: FieldErrors<BookingFormValues>;
  lines: readonly LineOption[];
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { fields, append, remove } = useFieldArray({ control, name: 'participants' });
  const genderOptions = [
    { value: '', label: t('bookings.participants.genderChoose') },
    ...genders.map((gender) => ({ value: gender, label: t(`bookings.participants.genders.${gender}`) })),
  ];
  const documentOptions = [
    { value: 'CPF', label: t('bookings.participants.cpf') },
    { value: 'PASSPORT', label: t('bookings.participants.passport') },
  ];

  return (
    <section className="booking-section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('bookings.participants.heading')}</h2>
      <p>{t('bookings.participants.intro')}</p>
      {fields.map((field, index) => {
        const fieldErrors = errors.participants?.[index];
        const prefix = `participant-${index}`;
        return (
          <fieldset key={field.id} className="participant" data-testid="participant">
            <legend>{t('bookings.participants.legend', { number: index + 1 })}</legend>
            <TextField
              id={`${prefix}-name`}
              label={t('bookings.participants.name')}
              autoComplete="off"
              error={errorText(fieldErrors?.name?.message)}
              {...register(`participants.${index}.name`)}
            />
            <SelectField
              id={`${prefix}-document-type`}
              label={t('bookings.participants.documentType')}
              options={documentOptions}
              {...register(`participants.${index}.documentType`)}
            />
            <TextField
              id={`${prefix}-document`}
              label={t('bookings.participants.documentNumber')}
              autoComplete="off"
              error={errorText(fieldErrors?.documentNumber?.message)}
              {...register(`participants.${index}.documentNumber`)}
            />
            <TextField
              id={`${prefix}-birth`}
              type="date"
              label={t('bookings.participants.birthDate')}
              error={errorText(fieldErrors?.birthDate?.message)}
              {...register(`participants.${index}.birthDate`)}
            />
            <SelectField
              id={`${prefix}-gender`}
              label={t('bookings.participants.gender')}
              options={genderOptions}
              error={errorText(fieldErrors?.gender?.message)}
              {...register(`participants.${index}.gender`)}
            />
            <TextField
              id={`${prefix}-phone`}
              type="tel"
              optional
              label={t('bookings.participants.phone')}
              autoComplete="off"
              error={errorText(fieldErrors?.phone?.message)}
              {...register(`participants.${index}.phone`)}
            />
            <Controller
              control={control}
              name={`participants.${index}.lines`}
              render={({ field: linesField, fieldState }) => (
                <fieldset className="participant__lines" aria-invalid={fieldState.error ? true : undefined}>
                  <legend>{t('bookings.participants.lines')}</legend>
                  {fieldState.error && <p className="field__error">{errorText(fieldState.error.message)}</p>}
                  {lines.map((line) => (
                    <label key={line.key} className="checkbox">
                      <input
                        type="checkbox"
                        checked={linesField.value.includes(line.key)}
                        onChange={(change) =>
                          linesField.onChange(
                            change.target.checked
                              ? [...linesField.value, line.key]
                              : linesField.value.filter((key) => key !== line.key),
                          )
                        }
                      />{' '}
                      {line.label}
                    </label>
                  ))}
                </fieldset>
              )}
            />
            <button type="button" className="button button--secondary" onClick={() => remove(index)}>
              {t('bookings.participants.remove', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => append(emptyParticipant(lines.map((line) => line.key)))}
        data-testid="add-participant"
      >
        {t('bookings.participants.add')}
      </button>
    </section>
  );
}
