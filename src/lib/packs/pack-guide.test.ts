import { describe, expect, it } from 'vitest';
import { readPackGuideIndex } from './pack-guide';

const guide = { id: 'b01', slug: 'newborn-jaundice', title: '新生儿黄疸', summary: '看皮肤和眼白', bands: ['0-6m'] };

describe('readPackGuideIndex', () => {
  it('keeps a list of guides, with and without a reviewer', () => {
    const reviewed = { ...guide, id: 'b02', reviewer: '王医生' };
    expect(readPackGuideIndex([guide, reviewed])).toEqual([guide, reviewed]);
  });
  it('drops fields a guide does not have', () => {
    expect(readPackGuideIndex([{ ...guide, extra: 1 }])).toEqual([guide]);
  });
  it('refuses what is not a list of guides (a captive portal page, a cut-off file)', () => {
    expect(() => readPackGuideIndex({ guides: [] })).toThrow(/not a list/);
    expect(() => readPackGuideIndex(null)).toThrow(/not a list/);
    expect(() => readPackGuideIndex([guide, null])).toThrow(/entry 1/);
    expect(() => readPackGuideIndex([{ ...guide, bands: '0-6m' }])).toThrow(/entry 0/);
    expect(() => readPackGuideIndex([{ ...guide, title: 3 }])).toThrow(/entry 0/);
    expect(() => readPackGuideIndex([{ ...guide, reviewer: 5 }])).toThrow(/entry 0/);
  });
});
