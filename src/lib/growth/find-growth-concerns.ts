import type { CivilDate } from '../age/civil-date';
import { formatChineseDate } from '../content/format-date';
import type { ChinesePlacement } from './place-on-chinese-standard';
import { PERCENTILE_COLUMNS } from './parse-growth-table';

/** One dated measurement of one indicator, already placed with `placeOnChineseStandard`. */
export interface GrowthPoint {
  date: CivilDate;
  placement: ChinesePlacement;
}

/** Something worth showing a doctor, with a gentle message for the family. */
export type GrowthConcern =
  | { kind: 'below-P3' | 'above-P97'; date: CivilDate; message: string }
  | { kind: 'fall' | 'rise'; date: CivilDate; previousDate: CivilDate; linesCrossed: number; message: string };

/** Crossing this many major percentile lines between two consecutive measurements is flagged. */
export const LINES_CROSSED_TO_FLAG = 2;

/** How many percentile lines (P3 … P97, each at its own point's age) lie at or below the value. */
const linesAtOrBelow = ({ measurement, reference }: ChinesePlacement) => PERCENTILE_COLUMNS.filter((c) => reference[c] <= measurement).length;
/** How many percentile lines lie strictly below the value. */
const linesBelow = ({ measurement, reference }: ChinesePlacement) => PERCENTILE_COLUMNS.filter((c) => reference[c] < measurement).length;

const SEE_A_DOCTOR = '建议带孩子到社区卫生服务中心或儿童保健门诊，请医生结合孩子的整体情况看一看。';

/**
 * Flags in a child's measurements of one indicator (weight, length/height or head circumference), oldest first:
 *
 * - `below-P3` / `above-P97`: a measurement strictly below P3 or strictly above P97 at its age.
 * - `fall` / `rise`: between two consecutive measurements (however far apart), the value crossed two or more of the
 *   seven major percentile lines P3, P10, P25, P50, P75, P90, P97. A line is **crossed downwards** when the earlier
 *   value is on or above it (at the earlier age) and the later value is strictly below it (at the later age), and
 *   **upwards** when the earlier value is on or below it and the later value strictly above it. Moving from on a line
 *   to just off it counts as crossing it; moving within a band, or onto a line, does not. So P50 → between P10 and
 *   P25 is a fall across two lines (P50, P25); P50 → between P25 and P50 crosses one and is not flagged.
 *
 * Messages are gentle and suggest a check-up; they never name a condition. Points on the same date are compared in
 * the order given.
 */
export function findGrowthConcerns(points: readonly GrowthPoint[]): GrowthConcern[] {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const concerns: GrowthConcern[] = [];
  sorted.forEach((point, i) => {
    const previous = sorted[i - 1];
    if (previous) {
      const down = linesAtOrBelow(previous.placement) - linesAtOrBelow(point.placement);
      const up = linesBelow(point.placement) - linesBelow(previous.placement);
      const [kind, linesCrossed] = down >= up ? (['fall', down] as const) : (['rise', up] as const);
      if (linesCrossed >= LINES_CROSSED_TO_FLAG) {
        const change =
          `和上次（${formatChineseDate(previous.date)}）相比，上次${previous.placement.phrase}，这次${point.placement.phrase}，` +
          `${kind === 'fall' ? '往下' : '往上'}跨过了 ${linesCrossed} 条百分位线。`;
        const why =
          kind === 'fall'
            ? '生病、喂养变化或测量误差都可能带来这样的变化，不必过于担心；'
            : '追赶生长、喂养变化或测量误差都可能带来这样的变化，不必过于担心；';
        concerns.push({ kind, date: point.date, previousDate: previous.date, linesCrossed, message: change + why + SEE_A_DOCTOR });
      }
    }
    const band = point.placement.percentileBand;
    if (band === 'below-P3') {
      concerns.push({
        kind: 'below-P3',
        date: point.date,
        message: `这次的测量值低于第 3 百分位，比大多数同龄孩子小。有的孩子天生偏小，这不一定是问题；${SEE_A_DOCTOR}`,
      });
    } else if (band === 'above-P97') {
      concerns.push({
        kind: 'above-P97',
        date: point.date,
        message: `这次的测量值高于第 97 百分位，比大多数同龄孩子大。有的孩子天生偏大，这不一定是问题；${SEE_A_DOCTOR}`,
      });
    }
  });
  return concerns;
}
