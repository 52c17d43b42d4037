import { describe, expect, it } from 'vitest';
import { findIntervalWithoutCap } from './find-interval-without-cap';

describe('findIntervalWithoutCap', () => {
  it('finds a 4-hour interval given alone, in each common wording', () => {
    expect(findIntervalWithoutCap('两次用药，至少间隔4小时。')).toHaveLength(1);
    expect(findIntervalWithoutCap('两次至少隔4小时。')).toHaveLength(1);
    expect(findIntervalWithoutCap('两次之间至少隔 4 个小时。')).toHaveLength(1);
    expect(findIntervalWithoutCap('每4小时吃一次。')).toHaveLength(1);
  });

  it('accepts the interval with the 24-hour cap anywhere in the same text', () => {
    expect(findIntervalWithoutCap('两次用药至少间隔4小时，24小时内不超过4次。')).toEqual([]);
    expect(findIntervalWithoutCap('至少隔4小时。\n……\n24小时内最多4次。')).toEqual([]);
  });

  it('ignores other hours', () => {
    expect(findIntervalWithoutCap('每天户外活动至少120分钟，睡11到14小时。8小时都没有尿湿尿布。')).toEqual([]);
  });
});
