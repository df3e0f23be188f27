import { useTranslation } from 'react-i18next';
import { decodeValidationMessage } from './validation-message';

/** Translates a form error message: an encoded key, or a text that is already final. */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return (message) => {
    if (message === undefined || message === '') return undefined;
    const decoded = decodeValidationMessage(message);
    if (!decoded) return message;
    return t(`validation.${decoded.key}`, { length: decoded.length });
  };
}
