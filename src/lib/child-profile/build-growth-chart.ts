import { PERCENTILE_COLUMNS } from '../growth/parse-growth-table';

/** A chart ready to draw as SVG: every coordinate in the viewBox's units. */
export interface GrowthChart {
  width: number;
  height: number;
  /** The plot area. */
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** P3 … P97 as SVG path data, with a label at the right end. */
  lines: { name: (typeof PERCENTILE_COLUMNS)[number]; d: string; labelY: number; major: boolean }[];
  points: { x: number; y: number; id: string }[];
  /** The measured values joined in date order. */
  trail: string;
}

export interface GrowthChartInput {
  /** The seven percentile values at an age, or undefined where the standard has none. */
  linesAt: (ageMonths: number) => number[] | undefined;
  fromMonths: number;
  toMonths: number;
  points: { id: string; ageMonths: number; value: number }[];
  width?: number;
  height?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

function niceStep(span: number): number {
  const raw = span / 6;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow);
}

/**
 * Lays out a growth chart: P3–P97 curves sampled every half month (so the 3-monthly rows after 24 months are
 * interpolated like any reading), the child's points, and axis ticks (months; every 3 or 6 months on longer spans).
 * Pure geometry: the page turns it into SVG elements, and a table beside it carries the same numbers.
 */
export function buildGrowthChart(input: GrowthChartInput): GrowthChart {
  const width = input.width ?? 640;
  const height = input.height ?? 400;
  const plot = { left: 34, top: 18, right: width - 30, bottom: height - 34 };
  const samples: { age: number; values: number[] }[] = [];
  for (let age = input.fromMonths; age <= input.toMonths + 1e-9; age += 0.5) {
    const values = input.linesAt(age);
    if (values) samples.push({ age, values });
  }
  const pointsIn = input.points.filter((p) => p.ageMonths >= input.fromMonths && p.ageMonths <= input.toMonths);
  const all = [...samples.flatMap((s) => s.values), ...pointsIn.map((p) => p.value)];
  const [minV, maxV] = all.length > 0 ? [Math.min(...all), Math.max(...all)] : [0, 1];
  const step = niceStep(maxV - minV || 1);
  const yMin = Math.floor(minV / step) * step;
  const yMax = Math.ceil(maxV / step) * step;
  const sx = (age: number) => round(plot.left + ((age - input.fromMonths) / (input.toMonths - input.fromMonths || 1)) * (plot.right - plot.left));
  const sy = (v: number) => round(plot.bottom - ((v - yMin) / (yMax - yMin || 1)) * (plot.bottom - plot.top));

  const lines = PERCENTILE_COLUMNS.map((name, i) => {
    const d = samples.map((s, j) => `${j === 0 ? 'M' : 'L'}${sx(s.age)} ${sy(s.values[i] ?? 0)}`).join(' ');
    return { name, d, labelY: sy(samples.at(-1)?.values[i] ?? 0), major: name === 'P50' || name === 'P3' || name === 'P97' };
  });
  const span = input.toMonths - input.fromMonths;
  const xStep = span <= 12 ? 1 : span <= 24 ? 3 : span <= 48 ? 6 : 12;
  const xTicks = [];
  for (let m = Math.ceil(input.fromMonths / xStep) * xStep; m <= input.toMonths; m += xStep) xTicks.push({ x: sx(m), label: String(m) });
  const yTicks = [];
  for (let v = yMin; v <= yMax + 1e-9; v += step) yTicks.push({ y: sy(v), label: String(Math.round(v * 100) / 100) });
  const points = pointsIn.map((p) => ({ x: sx(p.ageMonths), y: sy(p.value), id: p.id }));
  const trail = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  return { width, height, plot, xTicks, yTicks, lines, points, trail };
}
