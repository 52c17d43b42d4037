/** The six age bands, in life order. Ids appear in URLs (`/ages/{id}/`) and never change. */
export const AGE_BAND_IDS = ['pregnancy', '0-6m', '6-12m', '1-2y', '2-3y', '3-6y'] as const;

export type AgeBandId = (typeof AGE_BAND_IDS)[number];

/** A band of a child's life, by age in whole months: from `fromMonths` (inclusive) to `toMonths` (exclusive). */
export interface ChildAgeBand {
  id: Exclude<AgeBandId, 'pregnancy'>;
  fromMonths: number;
  toMonths: number;
}

export const CHILD_AGE_BANDS: readonly ChildAgeBand[] = [
  { id: '0-6m', fromMonths: 0, toMonths: 6 },
  { id: '6-12m', fromMonths: 6, toMonths: 12 },
  { id: '1-2y', fromMonths: 12, toMonths: 24 },
  { id: '2-3y', fromMonths: 24, toMonths: 36 },
  // 3–6岁 includes six-year-olds: the last preschool year, with the 6-year doses and check-up.
  { id: '3-6y', fromMonths: 36, toMonths: 84 },
];

/** True when `value` is one of the band ids (for untrusted input such as URL parameters). */
export function isAgeBandId(value: unknown): value is AgeBandId {
  return typeof value === 'string' && (AGE_BAND_IDS as readonly string[]).includes(value);
}

/**
 * The band a child of `ageMonths` whole months belongs to; `undefined` from 84 months (7 years) on
 * or for a negative age.
 * @example toAgeBand(14) // '1-2y'
 */
export function toAgeBand(ageMonths: number): ChildAgeBand['id'] | undefined {
  return CHILD_AGE_BANDS.find((b) => ageMonths >= b.fromMonths && ageMonths < b.toMonths)?.id;
}

/** The month range of a band; pregnancy has none. */
export function toBandRange(id: AgeBandId): ChildAgeBand | undefined {
  return CHILD_AGE_BANDS.find((b) => b.id === id);
}

/** Sort key for band ids in life order. */
export function compareBands(a: AgeBandId, b: AgeBandId): number {
  return AGE_BAND_IDS.indexOf(a) - AGE_BAND_IDS.indexOf(b);
}
