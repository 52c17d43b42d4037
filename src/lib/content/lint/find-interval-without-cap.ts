/**
 * The antipyretic labels give two limits together: at least 4 hours apart AND no more than 4 times in
 * 24 hours (facts §9.3). A page that gives the interval alone invites a fifth or sixth dose. Finds each
 * 4-hour interval in a text (a guide with its summary, or a myth card) that has no 24-hour cap anywhere.
 */
const INTERVAL = /(?:间隔|相隔|隔|每)[^。！？\n，,；;]{0,3}?(?:4|四)\s*个?\s*小时/g;
const CAP = /24\s*小时[^。！？\n]{0,6}?(?:不超过|不要超过|最多|不能超过|至多)\s*(?:4|四)\s*次/;

export function findIntervalWithoutCap(text: string): string[] {
  if (CAP.test(text)) return [];
  return [...text.matchAll(INTERVAL)].map((m) => `写了“${m[0]}”，同一页还要写“24小时内不超过4次” (4-hour interval without the 24-hour cap)`);
}
