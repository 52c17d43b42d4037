/**
 * Words that say a professional reviewed the text. The date on a guide records when its facts were
 * checked against sources (资料核对日期); until a named professional signs it off (the `review`
 * block), nothing on the page may call it reviewed (facts §9.10).
 */
const REVIEW_CLAIM = /最后审核|审核日期|已审核|已经审核|通过审核|审核通过/g;

/** The review claims in a guide's title, summary and body; none when a named professional signed it off. */
export function findUnsignedReviewClaims(guide: { data: { title?: unknown; summary?: unknown; review?: unknown }; body: string }): string[] {
  if (guide.data.review) return [];
  const text = [guide.data.title, guide.data.summary, guide.body].filter((x): x is string => typeof x === 'string').join('\n');
  return [...new Set(text.match(REVIEW_CLAIM) ?? [])];
}
