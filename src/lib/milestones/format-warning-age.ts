import { t } from '../i18n/translate';

/**
 * The age of a row as a parent says it: months up to 3 years, then years.
 * @example formatWarningAge(18) // '18个月'; formatWarningAge(48) // '4岁'
 */
export function formatWarningAge(ageMonths: number): string {
  return ageMonths >= 48 && ageMonths % 12 === 0 ? t('warningSigns.ageYears', { years: ageMonths / 12 }) : t('warningSigns.ageMonths', { months: ageMonths });
}
