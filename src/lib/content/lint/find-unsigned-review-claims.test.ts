import { describe, expect, it } from 'vitest';
import { findUnsignedReviewClaims } from './find-unsigned-review-claims';

const unsigned = (body: string, summary = '这是一篇示例指导的摘要。') => ({ data: { title: '示例', summary }, body });

describe('findUnsignedReviewClaims', () => {
  it('finds 最后审核, 审核日期 and 已审核 on a guide nobody signed off', () => {
    expect(findUnsignedReviewClaims(unsigned('本文最后审核于2026年。审核日期见上。'))).toEqual(['最后审核', '审核日期']);
    expect(findUnsignedReviewClaims(unsigned('正文。', '本文已审核，可以放心。'))).toEqual(['已审核']);
  });
  it('accepts the honest words: 资料核对日期 and 待专业审核', () => {
    expect(findUnsignedReviewClaims(unsigned('资料核对日期：2026年12月3日。本文待专业审核，尚未经专业人员审核。'))).toEqual([]);
  });
  it('accepts the claim on a guide a named professional signed off', () => {
    expect(findUnsignedReviewClaims({ data: { review: { reviewer: '王医生' } }, body: '最后审核：2026年。' })).toEqual([]);
  });
});
