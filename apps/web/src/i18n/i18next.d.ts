import 'i18next';
import type { StaffConsoleMessages } from '../features/staff-dashboard/console-texts';
import type { Messages } from './resources';

// Typed keys: `t('home.hero.heading')` is checked at compile time, so a typo or a key removed from
// the resources breaks the build instead of showing a raw key to visitors.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // staffConsole is added when the staff pages load (features/staff-dashboard/console-texts.ts).
    resources: { translation: Messages; staffConsole: StaffConsoleMessages };
  }
}
