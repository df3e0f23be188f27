import { trailDifficulties, type ExperienceCategory } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { CheckboxField } from './checkbox-field';
import type { ExperienceForm, FieldProps } from './experience-form-fields';

/**
 * The fields only one category has: a trail's duration, difficulty and length; an event's start
 * and end (typed as the reserve's local time); a laboratory's access rule. Lodging has none.
 */
export function ExperienceCategoryFields({
  category,
  form,
  field,
}: {
  category: ExperienceCategory;
  form: ExperienceForm;
  field: FieldProps;
}) {
  const { t } = useTranslation();
  switch (category) {
    case 'TRAIL':
      return (
        <fieldset data-testid="trail-fields">
          <legend>{t('staffCatalogue.form.trail')}</legend>
          <div className="form-grid">
            <TextField
              {...field('trail.durationMinutes')}
              label={t('staffCatalogue.form.durationMinutes')}
              hint={t('staffCatalogue.form.durationHint')}
              inputMode="numeric"
              autoComplete="off"
              {...form.register('trail.durationMinutes')}
            />
            <SelectField
              {...field('trail.difficulty')}
              label={t('staffCatalogue.form.difficulty')}
              options={[
                { value: '', label: t('staffCatalogue.form.chooseDifficulty') },
                ...trailDifficulties.map((difficulty) => ({
                  value: difficulty,
                  label: t(`staffCatalogue.difficulties.${difficulty}`),
                })),
              ]}
              {...form.register('trail.difficulty')}
            />
            <TextField
              {...field('trail.lengthKm')}
              label={t('staffCatalogue.form.lengthKm')}
              hint={t('staffCatalogue.form.lengthHint')}
              inputMode="decimal"
              autoComplete="off"
              {...form.register('trail.lengthKm')}
            />
          </div>
        </fieldset>
      );
    case 'EVENT':
      return (
        <fieldset data-testid="event-fields" aria-describedby="experience-event-hint">
          <legend>{t('staffCatalogue.form.event')}</legend>
          <p className="field__hint" id="experience-event-hint">
            {t('staffCatalogue.form.eventHint')}
          </p>
          <div className="form-grid">
            <TextField
              {...field('event.startsAt')}
              label={t('staffCatalogue.form.startsAt')}
              type="datetime-local"
              {...form.register('event.startsAt')}
            />
            <TextField
              {...field('event.endsAt')}
              label={t('staffCatalogue.form.endsAt')}
              type="datetime-local"
              {...form.register('event.endsAt')}
            />
          </div>
        </fieldset>
      );
    case 'LABORATORY':
      return (
        <fieldset data-testid="laboratory-fields">
          <legend>{t('staffCatalogue.form.laboratory')}</legend>
          <CheckboxField
            id="experience-requires-professor"
            label={t('staffCatalogue.form.requiresVerifiedProfessor')}
            {...form.register('requiresVerifiedProfessor')}
          />
        </fieldset>
      );
    case 'HOSTING':
      return null;
  }
}
