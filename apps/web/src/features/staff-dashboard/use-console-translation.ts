import { useTranslation } from 'react-i18next';
import { addStaffConsoleTexts, staffConsoleNamespace } from './console-texts';

/**
 * `t` of the console namespace, its texts added to the app's i18next instance first (synchronously,
 * so the first render already has them: i18next has no backend to wait for).
 */
export function useConsoleTranslation() {
  const { i18n } = useTranslation();
  addStaffConsoleTexts(i18n);
  return useTranslation(staffConsoleNamespace);
}
