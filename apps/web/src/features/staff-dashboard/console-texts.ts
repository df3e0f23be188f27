import type { i18n } from 'i18next';
import type { Language } from '../../i18n/languages';
import { staffAuditEn } from '../../i18n/resources/staff-audit/en';
import { staffAuditPtBR } from '../../i18n/resources/staff-audit/pt-br';
import { staffDashboardEn } from '../../i18n/resources/staff-dashboard/en';
import { staffDashboardPtBR } from '../../i18n/resources/staff-dashboard/pt-br';
import { staffReportsEn } from '../../i18n/resources/staff-reports/en';
import { staffReportsPtBR } from '../../i18n/resources/staff-reports/pt-br';

/** The i18next namespace of the dashboard, reports and audit pages. */
export const staffConsoleNamespace = 'staffConsole';

const ptBR = { dashboard: staffDashboardPtBR, reports: staffReportsPtBR, audit: staffAuditPtBR };
export type StaffConsoleMessages = typeof ptBR;

/**
 * The console's texts per language. They live in the staff chunks, not in the main bundle with the
 * other texts: public pages load no byte of them (ADR 38).
 */
export const staffConsoleTexts = {
  'pt-BR': ptBR,
  en: { dashboard: staffDashboardEn, reports: staffReportsEn, audit: staffAuditEn },
} as const satisfies Record<Language, StaffConsoleMessages>;

/** Adds the namespace to an i18next instance once; later calls find it there. */
export function addStaffConsoleTexts(instance: i18n): void {
  for (const language of Object.keys(staffConsoleTexts) as Language[]) {
    if (!instance.hasResourceBundle(language, staffConsoleNamespace)) {
      instance.addResourceBundle(language, staffConsoleNamespace, staffConsoleTexts[language]);
    }
  }
}
