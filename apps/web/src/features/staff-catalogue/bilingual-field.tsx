import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/form/text-area-field';
import { TextField } from '../../components/form/text-field';

type Side = {
  registration: UseFormRegisterReturn;
  /** Translated error text. */
  error: string | undefined;
};

/**
 * A catalogue text in both languages, side by side where they fit: Portuguese (the reference,
 * required when `required`) and English (always optional). Each input is named in full ("Name in
 * English") and marked with its language, so spell checkers and screen readers use the right one.
 */
export function BilingualField({
  id,
  label,
  hint,
  required,
  multiline = false,
  pt,
  en,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  required: boolean;
  multiline?: boolean;
  pt: Side;
  en: Side;
}) {
  const { t } = useTranslation();
  const sides = [
    { side: pt, language: 'pt' as const, lang: 'pt-BR', optional: !required },
    { side: en, language: 'en' as const, lang: 'en', optional: true },
  ];
  return (
    <div className="bilingual-pair">
      {sides.map(({ side, language, lang, optional }) => {
        const props = {
          id: `${id}-${language}`,
          label: `${label} ${t(`staffCatalogue.languages.${language}`)}`,
          hint,
          optional,
          error: side.error,
          lang,
          ...side.registration,
        };
        return multiline ? <TextAreaField key={language} {...props} /> : <TextField key={language} {...props} />;
      })}
    </div>
  );
}
