import type { CreateClosureRequest, ExperienceSummary } from '@promata/contracts';
import { useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { SelectField } from '../../components/form/select-field';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../auth/session-context';
import { BilingualField } from './bilingual-field';
import { CatalogueAlert } from './catalogue-alert';
import { translatedErrors, useCatalogueErrorText } from './catalogue-validation';
import { Choice, ChoiceGroup } from './choice-group';
import { closureFormSchema, emptyClosureForm, type ClosureFormValues } from './closure-form-values';
import { createClosure, type CreatedClosure } from './closures-api';
import { localized } from './localized';
import { applyCatalogueServerErrors, knownField } from './server-issues';

const fieldIds = {
  experienceId: 'closure-experience',
  startsOn: 'closure-starts-on',
  endsOn: 'closure-ends-on',
  'reason.pt': 'closure-reason-pt',
  'reason.en': 'closure-reason-en',
} as const satisfies Partial<Record<FieldPath<ClosureFormValues>, string>>;

type FieldName = keyof typeof fieldIds;
const fieldNames = Object.keys(fieldIds) as FieldName[];
const summaryFields = fieldNames.map((name) => ({ name, id: fieldIds[name] }));

/** A new closure: the whole reserve or one experience, first and last day (inclusive), the reason. */
export function ClosureForm({
  today,
  experiences,
  onCreated,
}: {
  today: string;
  experiences: readonly ExperienceSummary[];
  onCreated: (closure: CreatedClosure) => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const errorText = useCatalogueErrorText();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<ClosureFormValues, unknown, CreateClosureRequest>({
    resolver: contractResolver(closureFormSchema),
    defaultValues: emptyClosureForm(today),
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const scope = useWatch({ control: form.control, name: 'scope' });

  const submit = form.handleSubmit(async (body) => {
    setApiError(undefined);
    let created: CreatedClosure;
    try {
      created = await createClosure(session, body);
    } catch (error) {
      if (!applyCatalogueServerErrors(error, form.setError, knownField(fieldNames))) setApiError(error);
      return;
    }
    form.reset(emptyClosureForm(today));
    await onCreated(created);
  });

  const field = (name: FieldName) => ({
    id: fieldIds[name],
    error: errorText(form.getFieldState(name, form.formState).error?.message),
  });

  return (
    <form noValidate onSubmit={submitOnce(isSubmitting, submit)} className="catalogue-form" data-testid="closure-form">
      <ErrorSummary
        errors={translatedErrors(errors, summaryFields, errorText)}
        fields={summaryFields}
        submitted={submitCount > 0}
      />
      <CatalogueAlert error={apiError} testId="closure-error" />
      <ChoiceGroup id="closure-scope" legend={t('staffCatalogue.closures.scope')} inline>
        <Choice
          id="closure-scope-reserve"
          type="radio"
          value="RESERVE"
          label={t('staffCatalogue.closures.wholeReserve')}
          {...form.register('scope')}
        />
        <Choice
          id="closure-scope-experience"
          type="radio"
          value="EXPERIENCE"
          label={t('staffCatalogue.closures.oneExperience')}
          {...form.register('scope')}
        />
      </ChoiceGroup>
      {scope === 'EXPERIENCE' && (
        <SelectField
          {...field('experienceId')}
          label={t('staffCatalogue.closures.experience')}
          options={[
            { value: '', label: t('staffCatalogue.closures.chooseExperience') },
            ...experiences.map((experience) => {
              const name = localized(experience.name, language);
              const inactive = experience.active ? '' : ` (${t('staffCatalogue.inactive')})`;
              return {
                value: experience.id,
                label: `${name.text} — ${t(`staffCatalogue.categories.${experience.category}`)}${inactive}`,
              };
            }),
          ]}
          {...form.register('experienceId')}
        />
      )}
      <div className="form-grid">
        <TextField
          {...field('startsOn')}
          label={t('staffCatalogue.closures.startsOn')}
          hint={t('staffCatalogue.closures.datesHint')}
          type="date"
          {...form.register('startsOn')}
        />
        <TextField
          {...field('endsOn')}
          label={t('staffCatalogue.closures.endsOn')}
          hint={t('staffCatalogue.closures.datesHint')}
          type="date"
          {...form.register('endsOn')}
        />
      </div>
      <BilingualField
        id="closure-reason"
        label={t('staffCatalogue.closures.reason')}
        hint={t('staffCatalogue.closures.reasonHint')}
        required
        multiline
        pt={{ registration: form.register('reason.pt'), error: field('reason.pt').error }}
        en={{ registration: form.register('reason.en'), error: field('reason.en').error }}
      />
      <div className="form-actions">
        <SubmitButton label={t('staffCatalogue.closures.submit')} busy={isSubmitting} testId="closure-submit" />
      </div>
    </form>
  );
}
