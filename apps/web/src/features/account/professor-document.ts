import type { ValidationKey } from '../../components/form/validation-message';

/** The types the API accepts (it checks the content too; this only saves a wasted upload). */
export const professorDocumentTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;

export const professorDocumentMaxBytes = 10 * 1024 * 1024;

/** Why a chosen file cannot be sent, or undefined when it can. */
export function professorDocumentProblem(file: Pick<File, 'type' | 'size'> | undefined): ValidationKey | undefined {
  if (!file) return 'fileRequired';
  if (!(professorDocumentTypes as readonly string[]).includes(file.type)) return 'fileType';
  if (file.size > professorDocumentMaxBytes) return 'fileSize';
  return undefined;
}
