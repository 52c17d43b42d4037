import { describe, expect, it } from 'vitest';
import { findMissingUnderOneFoodRules, isComplementaryFoodGuide } from './find-missing-under-one-food-rules';

const feeding612 = (body: string) => ({ data: { title: '加辅食', topics: ['feeding'], bands: ['6-12m'] }, body });

describe('findMissingUnderOneFoodRules', () => {
  it('passes a complementary-food guide that gives both under-1 rules', () => {
    expect(findMissingUnderOneFoodRules(feeding612('1岁以内的辅食不加盐、糖和调味品。12月龄内不吃蜂蜜，会引起肉毒中毒。'))).toEqual([]);
    expect(findMissingUnderOneFoodRules(feeding612('## 要注意\n- 一岁前不放盐，也不放糖\n- 1岁以前别喂蜂蜜'))).toEqual([]);
  });
  it('flags “尽量少放盐和糖” (the 1–2-year advice) and a missing honey rule', () => {
    expect(findMissingUnderOneFoodRules(feeding612('辅食尽量少放盐和糖。'))).toEqual(['salt-sugar', 'honey']);
    expect(findMissingUnderOneFoodRules(feeding612('1岁以内不加盐和糖。'))).toEqual(['honey']);
  });
  it('needs salt and sugar in one under-1 sentence, and the honey rule to say “no”', () => {
    expect(findMissingUnderOneFoodRules(feeding612('1岁以内不加盐。糖也少放。1岁以内可以吃蜂蜜。'))).toEqual(['salt-sugar', 'honey']);
  });
  it('leaves other guides alone', () => {
    expect(findMissingUnderOneFoodRules({ data: { topics: ['sleep'], bands: ['6-12m'] }, body: '睡觉。' })).toEqual([]);
  });
});

describe('isComplementaryFoodGuide', () => {
  it('is feeding for 6–12 m or 1–2 y, or 辅食 in the title or a heading', () => {
    expect(isComplementaryFoodGuide({ data: { title: '配方奶怎么冲', topics: ['feeding'], bands: ['6-12m'] }, body: '' })).toBe(false);
    expect(isComplementaryFoodGuide({ data: { topics: ['feeding'], bands: ['0-6m'] }, body: '6个月后再加辅食。' })).toBe(false);
    expect(isComplementaryFoodGuide({ data: { topics: ['safety'], bands: ['0-6m'] }, body: '## 加辅食以后\n' })).toBe(true);
    expect(isComplementaryFoodGuide({ data: { title: '怎样做辅食', topics: ['care-skills'] }, body: '' })).toBe(true);
    expect(isComplementaryFoodGuide({ data: { title: '纯母乳喂养', topics: ['feeding'], bands: ['0-6m'] }, body: '- 满6个月再加辅食。' })).toBe(false);
  });
});
