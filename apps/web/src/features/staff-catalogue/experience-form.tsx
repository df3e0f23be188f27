import { experienceCategories, professorPriceRules, type Experience, type ExperienceInput } from '@promata/contracts';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { FormSuccess } from '../../components/form/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../auth/session-context';
import { BilingualField } from './bilingual-field';
import { CatalogueAlert } from './catalogue-alert';
import { translatedErrors, useCatalogueErrorText } from './catalogue-validation';
import { CheckboxField } from './checkbox-field';
import { Choice, ChoiceGroup } from './choice-group';
import { ExperienceCategoryFields } from './experience-category-fields';
import {
  experienceFieldAliases,
  experienceFieldIds,
  experienceFieldNames,
  experienceSummaryFields,
  type ExperienceFieldName,
  type ExperienceForm,
} from './experience-form-fields';
import { experienceFormSchema, toUpdateRequest } from './experience-form-schema';
import {
  emptyExperienceForm,
  experienceToFormValues,
  weekDayValues,
  type ExperienceFormValues,
} from './experience-form-values';
import { createExperience, updateExperience } from './experiences-api';
import { applyCatalogueServerErrors, knownField } from './server-issues';

export type ExperienceFormMode = { kind: 'create' } | { kind: 'edit'; experience: Experience };

/**
 * Creates or edits an experience: the common fields, the chosen category's own, the price typed
 * in reais and sent in centavos. Checked in the browser with the API's rules; what only the API
 * can refuse lands on its field (or above the form).
 */
export function ExperienceForm({
  mode,
  onSaved,
}: {
  mode: ExperienceFormMode;
  onSaved: (experience: Experience) => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const errorText = useCatalogueErrorText();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const form = useForm<ExperienceFormValues, unknown, ExperienceInput>({
    // Rebuilt at each render: the price is read in the language the form is shown in.
    resolver: contractResolver(experienceFormSchema(language)),
    defaultValues: mode.kind === 'edit' ? experienceToFormValues(mode.experience, language) : emptyExperienceForm(),
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const category = useWatch({ control: form.control, name: 'category' });
  const editing = mode.kind === 'edit';
  const stored = editing ? mode.experience : undefined;
  const shown = useRef(stored);

  // The stored experience changed under the form (deactivated from the page, saved here, pictures
  // added): show it, but keep what the user is typing. A language change alone changes nothing.
  useEffect(() => {
    if (!stored || stored === shown.current) return;
    shown.current = stored;
    form.reset(experienceToFormValues(stored, language), { keepDirtyValues: true });
  }, [stored, form, language]);

  const submit = form.handleSubmit(async (body) => {
    setApiError(undefined);
    setSaved(false);
    let experience: Experience;
    try {
      experience = editing
        ? await updateExperience(session, mode.experience.id, toUpdateRequest(body))
        : await createExperience(session, body);
    } catch (error) {
      const fieldFor = knownField(experienceFieldNames, experienceFieldAliases);
      if (!applyCatalogueServerErrors(error, form.setError, fieldFor)) setApiError(error);
      return;
    }
    if (editing) {
      form.reset(experienceToFormValues(experience, language));
      setSaved(true);
    }
    await onSaved(experience);
  });

  const field = (name: ExperienceFieldName) => ({
    id: experienceFieldIds[name],
    error: errorText(form.getFieldState(name, form.formState).error?.message),
  });
  const bilingual = (name: 'name' | 'description' | 'whatToBring') => ({
    pt: { registration: form.register(`${name}.pt`), error: field(`${name}.pt`).error },
    en: { registration: form.register(`${name}.en`), error: field(`${name}.en`).error },
  });

  return (
    <form
      noValidate
      onSubmit={submitOnce(isSubmitting, submit)}
      className="catalogue-form"
      data-testid="experience-form"
    >
      <ErrorSummary
        errors={translatedErrors(errors, experienceSummaryFields, errorText)}
        fields={experienceSummaryFields}
        submitted={submitCount > 0}
      />
      <CatalogueAlert error={apiError} testId="experience-error" />

      {editing ? (
        <p className="catalogue-form__category" data-testid="experience-category">
          <strong>{t('staffCatalogue.form.category')}:</strong>{' '}
          {t(`staffCatalogue.categories.${mode.experience.category}`)}.{' '}
          <span className="field__hint">{t('staffCatalogue.form.categoryFixed')}</span>
        </p>
      ) : (
        <CategoryChoice form={form} />
      )}

      <fieldset>
        <legend>{t('staffCatalogue.form.texts')}</legend>
        <p className="field__hint">{t('staffCatalogue.form.textsHint')}</p>
        <BilingualField id="experience-name" label={t('staffCatalogue.form.name')} required {...bilingual('name')} />
        <BilingualField
          id="experience-description"
          label={t('staffCatalogue.form.description')}
          required
          multiline
          {...bilingual('description')}
        />
        <BilingualField
          id="experience-what-to-bring"
          label={t('staffCatalogue.form.whatToBring')}
          required={false}
          multiline
          {...bilingual('whatToBring')}
        />
      </fieldset>

      <ExperienceCategoryFields category={category} form={form} field={field} />

      <fieldset>
        <legend>{t('staffCatalogue.form.capacityAndPrice')}</legend>
        <div className="form-grid">
          <TextField
            {...field('capacity')}
            label={t(`staffCatalogue.form.capacity.${category}`)}
            inputMode="numeric"
            autoComplete="off"
            {...form.register('capacity')}
          />
          <TextField
            {...field('price')}
            label={t(`staffCatalogue.form.price.${category}`)}
            hint={t('staffCatalogue.form.priceHint')}
            inputMode="decimal"
            autoComplete="off"
            {...form.register('price')}
          />
        </div>
        <ChoiceGroup id="experience-professor-rule" legend={t('staffCatalogue.form.professorPriceRule')} inline>
          {professorPriceRules.map((rule) => (
            <Choice
              key={rule}
              id={`experience-professor-rule-${rule.toLowerCase()}`}
              type="radio"
              value={rule}
              label={t(`staffCatalogue.form.professorRules.${rule}`)}
              {...form.register('professorPriceRule')}
            />
          ))}
        </ChoiceGroup>
      </fieldset>

      <fieldset>
        <legend>{t('staffCatalogue.form.offer')}</legend>
        <CheckboxField id="experience-active" label={t('staffCatalogue.form.active')} {...form.register('active')} />
        <div className="form-grid">
          <TextField
            {...field('offerFrom')}
            label={t('staffCatalogue.form.offerFrom')}
            hint={t('staffCatalogue.form.offerHint')}
            type="date"
            optional
            {...form.register('offerFrom')}
          />
          <TextField
            {...field('offerUntil')}
            label={t('staffCatalogue.form.offerUntil')}
            hint={t('staffCatalogue.form.offerHint')}
            type="date"
            optional
            {...form.register('offerUntil')}
          />
        </div>
        <ChoiceGroup
          id="experience-week-days"
          legend={t('staffCatalogue.form.weekDays')}
          error={field('weekDays').error}
          inline
        >
          {weekDayValues.map((day) => (
            <Choice
              key={day}
              id={`experience-week-day-${day}`}
              type="checkbox"
              value={day}
              label={t(`staffCatalogue.weekDays.${day}`)}
              aria-invalid={field('weekDays').error ? true : undefined}
              {...form.register('weekDays')}
            />
          ))}
        </ChoiceGroup>
        <div className="form-grid">
          <TextField
            {...field('minNoticeDays')}
            label={t('staffCatalogue.form.minNoticeDays')}
            hint={t('staffCatalogue.form.minNoticeHint')}
            inputMode="numeric"
            autoComplete="off"
            {...form.register('minNoticeDays')}
          />
          <TextField
            {...field('maxAdvanceDays')}
            label={t('staffCatalogue.form.maxAdvanceDays')}
            hint={t('staffCatalogue.form.maxAdvanceHint')}
            inputMode="numeric"
            autoComplete="off"
            {...form.register('maxAdvanceDays')}
          />
        </div>
      </fieldset>

      <FormSuccess message={saved ? t('staffCatalogue.form.saved') : undefined} testId="experience-saved" />
      <div className="form-actions">
        <SubmitButton
          label={editing ? t('staffCatalogue.form.save') : t('staffCatalogue.form.create')}
          busy={isSubmitting}
          testId="experience-submit"
        />
      </div>
    </form>
  );
}

/** A new experience's category, first: it decides which fields follow. */
function CategoryChoice({ form }: { form: ExperienceForm }) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup id="experience-category" legend={t('staffCatalogue.form.category')} inline>
      {experienceCategories.map((category) => (
        <Choice
          key={category}
          id={`experience-category-${category.toLowerCase()}`}
          type="radio"
          value={category}
          label={t(`staffCatalogue.categories.${category}`)}
          {...form.register('category')}
        />
      ))}
    </ChoiceGroup>
  );
}
