import { describe, expect, it } from 'vitest';
import { findRelatedGuides } from './find-related-guides';
import { formatChineseDate, toCivil } from './format-date';
import { isReviewOverdue, summariseReviews, toReviewStatus } from './review-status';

const g = (id: string, shortId: string, bands: string[], topics: string[]) => ({ id, data: { shortId, bands, topics } });

describe('findRelatedGuides', () => {
  const self = g('self', 'a01', ['0-6m'], ['feeding', 'sleep']);
  const all = [
    self,
    g('same-topic', 'a03', ['3-6y'], ['feeding']),
    g('same-band', 'a02', ['0-6m'], ['safety']),
    g('both', 'a04', ['0-6m'], ['sleep']),
    g('nothing', 'a05', ['3-6y'], ['policy']),
  ];
  it('ranks shared topics above shared bands, never itself, never unrelated', () => {
    expect(findRelatedGuides(self, all, 10).map((x) => x.id)).toEqual(['both', 'same-topic', 'same-band']);
    expect(findRelatedGuides(self, all, 1).map((x) => x.id)).toEqual(['both']);
  });
});

describe('review status', () => {
  it('is awaiting review without a named reviewer', () => {
    expect(toReviewStatus(undefined)).toEqual({ kind: 'awaiting' });
  });
  it('carries the reviewer when there is one', () => {
    const s = toReviewStatus({ reviewer: '王医生', credentials: '主任医师', organisation: '某医院', date: new Date('2026-01-02T00:00:00Z') });
    expect(s).toEqual({ kind: 'reviewed', reviewer: '王医生', credentials: '主任医师', organisation: '某医院', date: '2026-01-02' });
  });
  it('is overdue only after the planned date', () => {
    expect(isReviewOverdue('2026-11-28', '2026-11-28')).toBe(false);
    expect(isReviewOverdue('2026-11-28', '2026-11-29')).toBe(true);
  });
});

describe('summariseReviews (booklet cover)', () => {
  it('says awaiting unless a guide was signed off, and never claims a review for an empty booklet', () => {
    expect(summariseReviews(['awaiting', 'awaiting'])).toBe('awaiting');
    expect(summariseReviews([])).toBe('awaiting');
  });
  it('says mixed when only some guides were signed off, reviewed when all were', () => {
    expect(summariseReviews(['reviewed', 'awaiting'])).toBe('mixed');
    expect(summariseReviews(['reviewed', 'reviewed'])).toBe('reviewed');
  });
});

describe('dates', () => {
  it('formats civil dates in Chinese without leading zeros', () => {
    expect(formatChineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(toCivil(new Date('2027-11-28T00:00:00Z'))).toBe('2027-11-28');
  });
});
