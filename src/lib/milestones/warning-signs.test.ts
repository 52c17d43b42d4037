import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { WARNING_SIGN_AGES, WarningSignTableSchema } from '../../schemas/warning-signs';
import { formatWarningAge } from './format-warning-age';
import { toBandWarningRows } from './to-band-warning-rows';

const table = WarningSignTableSchema.parse(parse(readFileSync(new URL('../../content/milestones/warning-signs.yaml', import.meta.url), 'utf8')));

describe('the national warning-sign table (src/content/milestones/warning-signs.yaml)', () => {
  it('has all 11 ages, four signs each, cited to w1 and w2', () => {
    expect(table.rows.map((r) => r.ageMonths)).toEqual([...WARNING_SIGN_AGES]);
    for (const r of table.rows) expect(r.signs).toHaveLength(4);
    expect(table.sources).toEqual(['w1', 'w2']);
    expect(table.rule).toBe('出现下面任何一条，请带孩子到儿童保健门诊做发育评估');
  });

  it('keeps the signs earlier lists left out (30 months, 4 to 6 years)', () => {
    const at = (m: number) => table.rows.find((r) => r.ageMonths === m)?.signs;
    expect(at(30)).toEqual(['不会说2—3个字的短语', '兴趣单一、刻板', '不会示意大小便', '不会跑']);
    expect(at(72)).toContain('不会画方形');
  });
});

describe('WarningSignTableSchema', () => {
  const valid = { title: '儿童心理行为发育问题预警征象筛查表', sources: ['w1'], rule: '出现下面任何一条，请带孩子去看医生', rows: table.rows };
  it('accepts the full table', () => {
    expect(WarningSignTableSchema.safeParse(valid).success).toBe(true);
  });
  it('rejects a row with three signs, naming the row', () => {
    const rows = table.rows.map((r) => (r.ageMonths === 24 ? { ...r, signs: r.signs.slice(0, 3) } : r));
    const result = WarningSignTableSchema.safeParse({ ...valid, rows });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rows', 5, 'signs']);
  });
  it('rejects a table with a missing age or an age the table does not have', () => {
    const missing = WarningSignTableSchema.safeParse({ ...valid, rows: table.rows.filter((r) => r.ageMonths !== 60) });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toContain('60');
    const odd = WarningSignTableSchema.safeParse({ ...valid, rows: [...table.rows, { ageMonths: 9, signs: ['a1', 'b2', 'c3', 'd4'] }] });
    expect(odd.success).toBe(false);
  });
});

describe('toBandWarningRows', () => {
  it('gives each band the ages after its start up to its end', () => {
    const ages = (band: Parameters<typeof toBandWarningRows>[1]) => toBandWarningRows(table.rows, band).map((r) => r.ageMonths);
    expect(ages('0-6m')).toEqual([3, 6]);
    expect(ages('6-12m')).toEqual([8, 12]);
    expect(ages('1-2y')).toEqual([18, 24]);
    expect(ages('2-3y')).toEqual([30, 36]);
    expect(ages('3-6y')).toEqual([48, 60, 72]);
    expect(ages('pregnancy')).toEqual([]);
  });
});

describe('formatWarningAge', () => {
  it('says months to 3 years, then years', () => {
    expect(formatWarningAge(3)).toBe('3个月');
    expect(formatWarningAge(36)).toBe('36个月');
    expect(formatWarningAge(60)).toBe('5岁');
  });
});
