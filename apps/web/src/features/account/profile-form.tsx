import { genders, type Profile } from '@promata/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { FormAlert, FormSuccess } from '../../components/form/form-alert';
import { SelectField } from '../../components/form/select-field';
import { applyServerFieldErrors } from '../../components/form/server-field-errors';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { rememberBrowserLanguage } from '../../i18n/language-preference';
import { supportedLanguages } from '../../i18n/languages';
import { useSessionStore } from '../auth/session-context';
import { profileQueryKey, updateProfile, type UpdateProfileRequest } from './me-api';
import { createProfileFormSchema, profileToFormValues, type ProfileFormValues } from './profile-form-schema';

const profileFormSchema = createProfileFormSchema();

/** Field name → input id, in the order of the form (the error summary follows it). */
const fieldIds = {
  name: 'profile-name',
  phone: 'profile-phone',
  locale: 'profile-locale',
  birthDate: 'profile-birth-date',
  gender: 'profile-gender',
  institution: 'profile-institution',
  documentType: 'profile-document-type',
  documentNumber: 'profile-document-number',
  rg: 'profile-rg',
  'address.street': 'profile-street',
  'address.number': 'profile-number',
  'address.complement': 'profile-complement',
  'address.district': 'profile-district',
  'address.city': 'profile-city',
  'address.state': 'profile-state',
  'address.postalCode': 'profile-postal-code',
  'address.country': 'profile-country',
} as const satisfies Partial<Record<FieldPath<ProfileFormValues>, string>>;

type FieldName = keyof typeof fieldIds;
const fieldNames = Object.keys(fieldIds) as FieldName[];
const summaryFields = fieldNames.map((name) => ({ name, id: fieldIds[name] }));

const addressParts = ['street', 'number', 'complement', 'district', 'city', 'state', 'postalCode'] as const;
const addressAutocomplete: Record<(typeof addressParts)[number], string> = {
  street: 'address-line1',
  number: 'off',
  complement: 'address-line2',
  district: 'address-level3',
  city: 'address-level2',
  state: 'address-level1',
  postalCode: 'postal-code',
};

export function ProfileForm({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const [apiError, setApiError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfileFormValues, unknown, UpdateProfileRequest>({
    resolver: contractResolver(profileFormSchema, { phone: 'phone' }),
    defaultValues: profileToFormValues(profile),
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const documentType = useWatch({ control: form.control, name: 'documentType' });

  const submit = form.handleSubmit(async (request) => {
    setApiError(undefined);
    setSaved(false);
    let updated: Profile;
    try {
      updated = await updateProfile(session, request);
    } catch (error) {
      if (!applyServerFieldErrors(error, form.setError, fieldNames)) setApiError(error);
      return;
    }
    queryClient.setQueryData(profileQueryKey, updated);
    session.updateUser({ name: updated.name, locale: updated.locale });
    form.reset(profileToFormValues(updated));
    // The profile's language is also the interface's: the user just chose it.
    if (updated.locale !== i18n.resolvedLanguage) {
      rememberBrowserLanguage(updated.locale);
      await i18n.changeLanguage(updated.locale);
    }
    setSaved(true);
  });

  const field = (name: FieldName) => ({
    id: fieldIds[name],
    error: errorText(form.getFieldState(name, form.formState).error?.message),
  });

  return (
    <form noValidate onSubmit={submitOnce(isSubmitting, submit)} className="profile-form" data-testid="profile-form">
      <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
      <FormAlert error={apiError} testId="profile-error" />

      <fieldset>
        <legend>{t('account.profile.personal')}</legend>
        <TextField
          {...field('name')}
          label={t('account.profile.name')}
          autoComplete="name"
          {...form.register('name')}
        />
        <TextField
          {...field('phone')}
          label={t('account.profile.phone')}
          hint={t('account.profile.phoneHint')}
          type="tel"
          autoComplete="tel"
          optional
          {...form.register('phone')}
        />
        <SelectField
          {...field('locale')}
          label={t('account.profile.locale')}
          options={supportedLanguages.map((language) => ({
            value: language,
            label: t(`language.names.${language}`),
            lang: language,
          }))}
          {...form.register('locale')}
        />
        <TextField
          {...field('birthDate')}
          label={t('account.profile.birthDate')}
          type="date"
          autoComplete="bday"
          optional
          {...form.register('birthDate')}
        />
        <SelectField
          {...field('gender')}
          label={t('account.profile.gender')}
          optional
          options={[
            { value: '', label: t('account.profile.genders.unset') },
            ...genders.map((gender) => ({ value: gender, label: t(`account.profile.genders.${gender}`) })),
          ]}
          {...form.register('gender')}
        />
        <TextField
          {...field('institution')}
          label={t('account.profile.institution')}
          hint={t('account.profile.institutionHint')}
          autoComplete="organization"
          optional
          {...form.register('institution')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('account.profile.documents')}</legend>
        <SelectField
          {...field('documentType')}
          label={t('account.profile.documentType')}
          optional
          options={[
            { value: '', label: t('account.profile.documentTypes.none') },
            { value: 'CPF', label: t('account.profile.documentTypes.CPF') },
            { value: 'PASSPORT', label: t('account.profile.documentTypes.PASSPORT') },
          ]}
          {...form.register('documentType')}
        />
        {documentType !== '' && (
          <TextField
            {...field('documentNumber')}
            label={t('account.profile.documentNumber')}
            hint={documentType === 'CPF' ? t('account.profile.cpfHint') : t('account.profile.passportHint')}
            inputMode={documentType === 'CPF' ? 'numeric' : 'text'}
            autoComplete="off"
            spellCheck={false}
            {...form.register('documentNumber')}
          />
        )}
        <TextField
          {...field('rg')}
          label={t('account.profile.rg')}
          autoComplete="off"
          optional
          {...form.register('rg')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('account.profile.address')}</legend>
        {addressParts.map((part) => (
          <TextField
            key={part}
            {...field(`address.${part}`)}
            label={t(`account.profile.${part}`)}
            autoComplete={addressAutocomplete[part]}
            optional
            {...form.register(`address.${part}`)}
          />
        ))}
        <TextField
          {...field('address.country')}
          label={t('account.profile.country')}
          hint={t('account.profile.countryHint')}
          autoComplete="country"
          maxLength={2}
          className="field__control--short"
          {...form.register('address.country')}
        />
      </fieldset>

      <FormSuccess message={saved ? t('account.profile.saved') : undefined} testId="profile-saved" />
      <div className="form-actions">
        <SubmitButton label={t('account.profile.submit')} busy={isSubmitting} testId="profile-submit" />
      </div>
    </form>
  );
}
