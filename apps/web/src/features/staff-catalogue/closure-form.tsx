import type { Closure, CreateClosureRequest, ExperienceSummary } from '@promata/contracts';
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
import { isStaleError } from './catalogue-error';
import {
  closureFormSchema,
  closureToFormValues,
  emptyClosureForm,
  type ClosureFormValues,
} from './closure-form-values';
import { createClosure, updateClosure, type CreatedClosure } from './closures-api';
import { localized } from './localized';
import { applyCatalogueServerErrors, knownField } from './server-issues';

const fieldSuffixes = {
  experienceId: 'experience',
  startsOn: 'starts-on',
  endsOn: 'ends-on',
  'reason.pt': 'reason-pt',
  'reason.en': 'reason-en',
} as const satisfies Partial<Record<FieldPath<ClosureFormValues>, string>>;

type FieldName = keyof typeof fieldSuffixes;
const fieldNames = Object.keys(fieldSuffixes) as FieldName[];

/**
 * A closure's form: the whole reserve or one experience, first and last day (inclusive), the
 * reason. Without `closure` it creates one (and empties itself after); with it, it edits that one.
 * `idPrefix` keeps the ids apart when both are on the page (the edit form opens in a dialog).
 */
export function ClosureForm({
  today,
  experiences,
  closure,
  idPrefix = 'closure',
  onSaved,
  onStale,
}: {
  today: string;
  experiences: readonly ExperienceSummary[];
  closure?: Closure | undefined;
  idPrefix?: string;
  onSaved: (closure: CreatedClosure) => Promise<void>;
  /** The closure is gone (deleted meanwhile): the page's list is out of date. */
  onStale?: () => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const errorText = useCatalogueErrorText();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<ClosureFormValues, unknown, CreateClosureRequest>({
    resolver: contractResolver(closureFormSchema),
    defaultValues: closure ? closureToFormValues(closure) : emptyClosureForm(today),
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const scope = useWatch({ control: form.control, name: 'scope' });
  const idOf = (name: FieldName) => `${idPrefix}-${fieldSuffixes[name]}`;
  const summaryFields = fieldNames.map((name) => ({ name, id: idOf(name) }));

  const submit = form.handleSubmit(async (body) => {
    setApiError(undefined);
    let saved: CreatedClosure;
    try {
      saved = closure ? await updateClosure(session, closure.id, body) : await createClosure(session, body);
    } catch (error) {
      if (!applyCatalogueServerErrors(error, form.setError, knownField(fieldNames))) setApiError(error);
      if (closure && isStaleError(error)) onStale?.();
      return;
    }
    if (!closure) form.reset(emptyClosureForm(today));
    await onSaved(saved);
  });

  const field = (name: FieldName) => ({
    id: idOf(name),
    error: errorText(form.getFieldState(name, form.formState).error?.message),
  });

  return (
    <form
      noValidate
      onSubmit={submitOnce(isSubmitting, submit)}
      className="catalogue-form"
      data-testid={`${idPrefix}-form`}
    >
      <ErrorSummary
        errors={translatedErrors(errors, summaryFields, errorText)}
        fields={summaryFields}
        submitted={submitCount > 0}
      />
      <CatalogueAlert error={apiError} testId={`${idPrefix}-error`} />
      <ChoiceGroup id={`${idPrefix}-scope`} legend={t('staffCatalogue.closures.scope')} inline>
        <Choice
          id={`${idPrefix}-scope-reserve`}
          type="radio"
          value="RESERVE"
          label={t('staffCatalogue.closures.wholeReserve')}
          {...form.register('scope')}
        />
        <Choice
          id={`${idPrefix}-scope-experience`}
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
        id={`${idPrefix}-reason`}
        label={t('staffCatalogue.closures.reason')}
        hint={t('staffCatalogue.closures.reasonHint')}
        required
        multiline
        pt={{ registration: form.register('reason.pt'), error: field('reason.pt').error }}
        en={{ registration: form.register('reason.en'), error: field('reason.en').error }}
      />
      <div className="form-actions">
        <SubmitButton
          label={closure ? t('staffCatalogue.closures.save') : t('staffCatalogue.closures.submit')}
          busy={isSubmitting}
          testId={`${idPrefix}-submit`}
        />
      </div>
    </form>
  );
}
