import { describe, expect, it } from 'vitest';
import { findUnnegatedDrowningAdvice } from './find-unnegated-drowning-advice';

describe('findUnnegatedDrowningAdvice', () => {
  it('flags 控水, 倒提 and 顶腹 given as advice', () => {
    expect(findUnnegatedDrowningAdvice('救上岸后先控水，再送医院。')).toEqual(['救上岸后先控水，再送医院']);
    expect(findUnnegatedDrowningAdvice('- 把孩子倒提起来拍背\n- 顶腹把水压出来')).toEqual(['- 把孩子倒提起来拍背', '- 顶腹把水压出来']);
  });
  it('accepts them inside a warning: 不要控水, 不能倒提, 别…, or a verdict after', () => {
    expect(findUnnegatedDrowningAdvice('不要控水、倒提或顶腹倒水，会耽误抢救。不能倒提孩子。千万别控水！')).toEqual([]);
    expect(findUnnegatedDrowningAdvice('老话说要先控水，这是错的。倒提孩子控水，会耽误抢救。')).toEqual([]);
  });
  it('does not take 特别 or 别人 for a negation', () => {
    expect(findUnnegatedDrowningAdvice('特别要先控水。')).toEqual(['特别要先控水']);
    expect(findUnnegatedDrowningAdvice('让别人帮忙控水。')).toEqual(['让别人帮忙控水']);
  });
  it('says nothing about a page that does not name them', () => {
    expect(findUnnegatedDrowningAdvice('没有正常呼吸时，先做5次人工呼吸，再做心肺复苏。')).toEqual([]);
  });
});
