import OpeningHours from 'opening_hours';

/**
 * Why an opening-hours string is not valid in our syntax, or undefined when it is. Our syntax is the
 * OpenStreetMap `opening_hours` syntax for the weekly pattern (`Mo-Fr 08:00-11:30,14:00-17:00; Sa 08:00-12:00`);
 * public holidays and make-up working days are separate fields, so `PH`/`SH` are refused here.
 */
export function findOpeningHoursError(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return '营业时间为空 (opening hours are empty)';
  if (/\b(PH|SH)\b/.test(text)) {
    return '营业时间中不要写 PH/SH，节假日安排请填在“节假日”一栏 (put holiday behaviour in its own column, not PH/SH)';
  }
  try {
    // Mode 0: time ranges (no points in time).
    const parsed = new OpeningHours(text, null, 0);
    const warnings = parsed.getWarnings();
    if (warnings.length > 0) return `营业时间格式有问题：${warnings.join('；')} (opening hours warning)`;
    return undefined;
  } catch (error) {
    const detail = String(error).split('\n')[0]?.slice(0, 160) ?? '';
    return `营业时间格式无法识别，请用如“Mo-Fr 08:00-17:00; Sa 09:00-12:00”的写法：${detail} (invalid opening_hours syntax)`;
  }
}
