import type { CivilDate } from '../age/civil-date';

/** What a guide page says about its review. */
export type ReviewStatus =
  | { kind: 'awaiting' }
  | { kind: 'reviewed'; reviewer: string; credentials: string; organisation: string; date: CivilDate };

/**
 * The review status of a guide: reviewed only when a named professional signed off.
 * Whether the text is overdue for re-checking is decided separately by {@link isReviewOverdue}.
 */
export function toReviewStatus(review: { reviewer: string; credentials: string; organisation: string; date: Date } | undefined): ReviewStatus {
  if (!review) return { kind: 'awaiting' };
  return { kind: 'reviewed', ...review, date: review.date.toISOString().slice(0, 10) };
}

/** True once `today` is after the planned re-check date. */
export function isReviewOverdue(nextReviewAt: CivilDate, today: CivilDate): boolean {
  return today > nextReviewAt;
}

/** What a printed booklet's cover says about the review of the guides inside it. */
export type BookletReview = 'awaiting' | 'mixed' | 'reviewed';

/**
 * One word for the cover of a booklet: `reviewed` only when every guide in it was signed off,
 * `awaiting` when none was (or the booklet is empty: never claim a review by default), else `mixed`.
 */
export function summariseReviews(kinds: readonly ReviewStatus['kind'][]): BookletReview {
  const reviewed = kinds.filter((k) => k === 'reviewed').length;
  if (reviewed === 0) return 'awaiting';
  return reviewed === kinds.length ? 'reviewed' : 'mixed';
}
