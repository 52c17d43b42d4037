import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGrowthTable, type GrowthTable } from '../growth/parse-growth-table';
import { t } from '../i18n/translate';
import { zhCN } from '../i18n/zh-CN';
import { checkGrowthInput, findGrowthInputRange, type GrowthInput } from './check-growth-input';
import type { GrowthTables } from './place-growth-records';

const dir = 'src/data/growth';
const tables: GrowthTables = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f): [string, GrowthTable | undefined] => {
      const parsed = parseGrowthTable(readFileSync(`${dir}/${f}`, 'utf8'));
      return [f.replace(/\.csv$/, ''), parsed.ok ? parsed.table : undefined];
    }),
);

const TODAY = '2026-03-15';
// The 7-month-old boy of issue #17 (born 2025-08-10), measured on 2026-03-10: 7 months exactly.
const boy = { birthDate: '2025-08-10', sex: 'boy' as const };
const input = (extra: Partial<GrowthInput>): GrowthInput => ({ date: '2026-03-10', weightKg: '', lengthCm: '', headCm: '', ...extra });
const say = (p: { key: Parameters<typeof t>[0]; params: Record<string, string | number> } | undefined) => (p ? t(p.key, p.params) : undefined);

describe('checkGrowthInput', () => {
  it('accepts ordinary values and returns the record to save', () => {
    const check = checkGrowthInput(input({ weightKg: '8.8', lengthCm: '70.1', headCm: '44' }), boy, tables, TODAY);
    expect(check.problems).toEqual({});
    expect(check.record).toEqual({ date: '2026-03-10', weightKg: 8.8, lengthCm: 70.1, headCm: 44 });
    // One measurement is enough; full-width digits are read as ordinary ones.
    expect(checkGrowthInput(input({ weightKg: '８．８' }), boy, tables, TODAY).record).toEqual({ date: '2026-03-10', weightKg: 8.8, lengthCm: undefined, headCm: undefined });
  });

  it('a weight typed in 斤 gets a visible message naming the usual range in kilograms (WS/T 423 boys, 7 months: P3 7.2, P97 10.8)', () => {
    const check = checkGrowthInput(input({ weightKg: '17.6' }), boy, tables, TODAY);
    expect(check.record).toBeUndefined();
    expect(say(check.problems.weightKg)).toBe('7个月大的男孩体重一般在 7.2–10.8 千克之间，请检查数字和单位（千克，不是斤）。');
  });

  it('length before 2 years, height after; head circumference; girls’ tables for a girl', () => {
    // 212 days is 6.97 months: P3 between 64.2 (6 m) and 65.7 (7 m), P97 between 73.2 and 74.9.
    expect(say(checkGrowthInput(input({ lengthCm: '6.8' }), boy, tables, TODAY).problems.lengthCm)).toBe('7个月大的男孩身长一般在 65.6–74.8 厘米之间，请检查数字和单位（厘米）。');
    const threeYears = { birthDate: '2023-03-10', sex: 'girl' as const };
    expect(say(checkGrowthInput(input({ lengthCm: '200' }), threeYears, tables, TODAY).problems.lengthCm)).toMatch(/^36个月大的女孩身高一般在 [\d.]+–[\d.]+ 厘米之间/);
    expect(checkGrowthInput(input({ headCm: '4.4' }), boy, tables, TODAY).problems.headCm?.key).toBe('child.growthInput.headRange.boy');
  });

  it('without a sex, uses the union of both sexes’ ranges', () => {
    const any = findGrowthInputRange(tables, 'weight', undefined, 7);
    const boys = findGrowthInputRange(tables, 'weight', 'boy', 7);
    const girls = findGrowthInputRange(tables, 'weight', 'girl', 7);
    expect(any?.usual).toEqual([Math.min(boys?.usual[0] ?? 0, girls?.usual[0] ?? 0), Math.max(boys?.usual[1] ?? 0, girls?.usual[1] ?? 0)]);
    expect(any?.usual[0]).toBeLessThan(boys?.usual[0] ?? 0); // girls are lighter at 7 months
    expect(checkGrowthInput(input({ weightKg: '17.6' }), { birthDate: '2025-08-10' }, tables, TODAY).problems.weightKg?.key).toBe('child.growthInput.weightRange.any');
  });

  it('the believable range is ±5 SD: real but unusual children (beyond P97, within +5 SD) are saved', () => {
    // Boys at 7 months: SD2 10.9, SD3 12.1 → +5 SD ≈ 14.5; SD3neg 6.4, SD2neg 7.1 → −5 SD ≈ 5.0.
    expect(checkGrowthInput(input({ weightKg: '14.4' }), boy, tables, TODAY).record?.weightKg).toBe(14.4);
    expect(checkGrowthInput(input({ weightKg: '14.6' }), boy, tables, TODAY).problems.weightKg).toBeDefined();
    expect(checkGrowthInput(input({ weightKg: '5.1' }), boy, tables, TODAY).record?.weightKg).toBe(5.1);
    expect(checkGrowthInput(input({ weightKg: '4.9' }), boy, tables, TODAY).problems.weightKg).toBeDefined();
  });

  it('a birth weight in 斤 (6.6 for 3.3 kg) is caught on the day of birth', () => {
    expect(say(checkGrowthInput(input({ date: '2025-08-10', weightKg: '6.6' }), boy, tables, TODAY).problems.weightKg)).toBe('0个月大的男孩体重一般在 2.8–4.2 千克之间，请检查数字和单位（千克，不是斤）。');
  });

  it('a preterm baby is judged at corrected age', () => {
    // Born at 32 weeks: at 3 calendar months the corrected age is about 1 month, where 4.0 kg is ordinary.
    const preterm = { birthDate: '2025-12-10', sex: 'boy' as const, gestationWeeks: 32 };
    expect(checkGrowthInput(input({ weightKg: '4.0' }), preterm, tables, TODAY).record?.weightKg).toBe(4);
    expect(say(checkGrowthInput(input({ weightKg: '14' }), preterm, tables, TODAY).problems.weightKg)).toMatch(/^1个月大的男孩/);
  });

  it('says what is wrong with a number: not a number, or a decimal comma', () => {
    expect(say(checkGrowthInput(input({ weightKg: '8,5' }), boy, tables, TODAY).problems.weightKg)).toBe('小数点请用“.”：是 8.5 吗？');
    expect(say(checkGrowthInput(input({ weightKg: '8。5' }), boy, tables, TODAY).problems.weightKg)).toBe('小数点请用“.”：是 8.5 吗？');
    expect(say(checkGrowthInput(input({ headCm: '四十四' }), boy, tables, TODAY).problems.headCm)).toBe('“四十四”不是数字。请只填数字，例如 43.5。');
    expect(checkGrowthInput(input({ weightKg: '8.5kg' }), boy, tables, TODAY).problems.weightKg?.key).toBe('child.growthInput.notNumber');
  });

  it('checks the date: missing, impossible, before birth, after today', () => {
    expect(checkGrowthInput(input({ date: '', weightKg: '8' }), boy, tables, TODAY).problems.date?.key).toBe('child.growthInput.dateMissing');
    expect(checkGrowthInput(input({ date: '2026-02-30', weightKg: '8' }), boy, tables, TODAY).problems.date?.key).toBe('child.growthInput.dateInvalid');
    expect(say(checkGrowthInput(input({ date: '2025-08-09', weightKg: '3' }), boy, tables, TODAY).problems.date)).toBe('测量日期（2025-08-09）早于出生日期（2025-08-10），请检查。');
    expect(checkGrowthInput(input({ date: '2026-03-16', weightKg: '8' }), boy, tables, TODAY).problems.date?.key).toBe('child.growthInput.dateAfterToday');
    expect(checkGrowthInput(input({ date: TODAY, weightKg: '8' }), boy, tables, TODAY).record).toBeDefined();
  });

  it('asks for at least one measurement', () => {
    expect(checkGrowthInput(input({}), boy, tables, TODAY)).toEqual({ problems: { form: { key: 'child.growthInput.needsOne', params: {} } } });
  });

  it('past the tables’ ages (81 months) falls back to the limits the stored data accept', () => {
    const old = { birthDate: '2019-03-01', sex: 'boy' as const };
    expect(checkGrowthInput(input({ weightKg: '25' }), old, tables, TODAY).record?.weightKg).toBe(25);
    expect(say(checkGrowthInput(input({ weightKg: '250' }), old, tables, TODAY).problems.weightKg)).toBe('体重请填 0.3–60 之间的数字（千克，不是斤）。');
  });

  it('property: any text never throws; a record is returned exactly when there is no problem, and every message is filled', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.constantFrom('2025-08-10', '2026-03-10', '2026-03-20', '', 'x'), fc.constantFrom<('boy' | 'girl' | undefined)>('boy', 'girl', undefined), (w, l, hc, date, sex) => {
        const check = checkGrowthInput({ date, weightKg: w, lengthCm: l, headCm: hc }, { birthDate: '2025-08-10', sex }, tables, TODAY);
        expect(check.record === undefined).toBe(Object.keys(check.problems).length > 0);
        // Every placeholder of the message has a value (the typed text itself may contain braces, e.g. 「{0}」).
        for (const p of Object.values(check.problems)) for (const [, name] of zhCN[p.key].matchAll(/\{(\w+)\}/g)) expect(p.params).toHaveProperty(name as string);
      }),
    );
  });
});
