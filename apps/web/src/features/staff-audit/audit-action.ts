import type { StaffConsoleMessages } from '../staff-dashboard/console-texts';

type Actions = StaffConsoleMessages['audit']['actions'];
type Group = Exclude<keyof Actions, 'other'>;
export type AuditActionKey = {
  [G in Group]: `audit.actions.${G}.${Extract<keyof Actions[G], string>}`;
}[Group];

/**
 * The text key of an audit action (`experience.updated` → `audit.actions.experience.updated`), or
 * undefined for an action this version of the console does not know (shown by its code instead).
 */
export function auditActionKey(action: string, actions: Actions): AuditActionKey | undefined {
  const [group, verb, ...rest] = action.split('.');
  if (!group || !verb || rest.length > 0 || group === 'other' || !Object.hasOwn(actions, group)) return undefined;
  const verbs = actions[group as Group] as Record<string, string>;
  return Object.hasOwn(verbs, verb) ? (`audit.actions.${group}.${verb}` as AuditActionKey) : undefined;
}

/**
 * An entry's facts as `path: value` pairs (`to.role: PROFESSOR`, `fields: capacity, price_cents`):
 * the API keeps ids, codes and numbers there, never personal data, so they are shown as they are.
 */
export function auditDetails(data: Record<string, unknown>, prefix = ''): { key: string; value: string }[] {
  return Object.entries(data).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) return [{ key: path, value: value.map(String).join(', ') }];
    if (value !== null && typeof value === 'object') return auditDetails(value as Record<string, unknown>, path);
    return [{ key: path, value: String(value) }];
  });
}
