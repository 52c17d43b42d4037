import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGrowthChart } from './build-growth-chart';

// A made-up standard: P3…P97 rise with age, 1 kg apart.
const linesAt = (age: number) => (age <= 36 ? [0, 1, 2, 3, 4, 5, 6].map((k) => 3 + age * 0.3 + k) : undefined);

describe('buildGrowthChart', () => {
  it('draws seven curves, the child’s points inside the plot, and month ticks', () => {
    const chart = buildGrowthChart({ linesAt, fromMonths: 0, toMonths: 12, points: [{ id: 'a', ageMonths: 6, value: 7.8 }] });
    expect(chart.lines.map((l) => l.name)).toEqual(['P3', 'P10', 'P25', 'P50', 'P75', 'P90', 'P97']);
    expect(chart.lines.filter((l) => l.major).map((l) => l.name)).toEqual(['P3', 'P50', 'P97']);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    const [p] = chart.points;
    // 6 months is the middle of 0–12; 7.8 kg is P50 at 6 months (3 + 1.8 + 3), so between P25 and P75.
    expect(p?.x).toBeCloseTo((chart.plot.left + chart.plot.right) / 2, 0);
    const yAt = (d: string | undefined, x: number | undefined) => Number(new RegExp(`[ML]${x} ([\\d.]+)`).exec(d ?? '')?.[1]);
    // SVG y grows downwards: P75 is above the point, P25 below.
    expect(p?.y).toBeGreaterThan(yAt(chart.lines[4]?.d, p?.x));
    expect(p?.y).toBeLessThan(yAt(chart.lines[2]?.d, p?.x));
    expect(chart.trail).toBe(`M${p?.x} ${p?.y}`);
  });

  it('leaves out points outside the age span, and ticks every 3 or 6 months on longer spans', () => {
    const chart = buildGrowthChart({ linesAt, fromMonths: 0, toMonths: 36, points: [{ id: 'old', ageMonths: 40, value: 15 }] });
    expect(chart.points).toEqual([]);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['0', '6', '12', '18', '24', '30', '36']);
  });

  it('keeps every point and curve inside the plot area, whatever the measurements', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ age: fc.double({ min: 0, max: 24, noNaN: true }), value: fc.double({ min: 0.5, max: 30, noNaN: true }) }), { maxLength: 20 }), (raw) => {
        const chart = buildGrowthChart({ linesAt, fromMonths: 0, toMonths: 24, points: raw.map((r, i) => ({ id: String(i), ageMonths: r.age, value: r.value })) });
        for (const p of chart.points) {
          expect(p.x).toBeGreaterThanOrEqual(chart.plot.left - 0.1);
          expect(p.x).toBeLessThanOrEqual(chart.plot.right + 0.1);
          expect(p.y).toBeGreaterThanOrEqual(chart.plot.top - 0.1);
          expect(p.y).toBeLessThanOrEqual(chart.plot.bottom + 0.1);
        }
        expect(chart.yTicks.length).toBeGreaterThan(1);
      }),
    );
  });
});
