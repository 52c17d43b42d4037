import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCurveLabels } from './place-curve-labels';

const EPS = 1e-6;
const byY = <T extends { y: number }>(labels: T[]) => [...labels].sort((a, b) => a.y - b.y);

describe('placeCurveLabels', () => {
  it('leaves labels that already fit where they are', () => {
    const labels = [
      { id: 'P3', y: 180 },
      { id: 'P50', y: 120 },
      { id: 'P97', y: 60 },
    ];
    expect(placeCurveLabels(labels, 12, 0, 200)).toEqual(labels);
  });

  it('spreads two overlapping labels evenly about their middle', () => {
    expect(placeCurveLabels([{ id: 'P3', y: 100 }, { id: 'P10', y: 104 }], 12, 0, 200)).toEqual([
      { id: 'P3', y: 96 },
      { id: 'P10', y: 108 },
    ]);
  });

  it('the 身长 chart near the end of the table: seven lines 4 px apart become 12 px apart, inside the chart', () => {
    const labels = ['P97', 'P90', 'P75', 'P50', 'P25', 'P10', 'P3'].map((id, i) => ({ id, y: 10 + i * 4 }));
    const placed = placeCurveLabels(labels, 12, 8, 300);
    expect(placed.map((l) => l.id)).toEqual(labels.map((l) => l.id));
    expect(placed[0]?.y).toBe(8); // pushed down from the top edge only as far as needed
    for (let i = 1; i < placed.length; i += 1) expect((placed[i]?.y ?? 0) - (placed[i - 1]?.y ?? 0)).toBeCloseTo(12);
  });

  it('spreads evenly when they cannot fit', () => {
    const placed = placeCurveLabels([{ id: 'a', y: 5 }, { id: 'b', y: 5 }, { id: 'c', y: 5 }], 12, 0, 10);
    expect(placed.map((l) => l.y)).toEqual([0, 5, 10]);
  });

  it('property: order kept, gaps ≥ minGap, inside [top, bottom], already-fitting input unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 400, noNaN: true }), { maxLength: 9 }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (ys, minGap, top, height) => {
          const labels = ys.map((y, i) => ({ id: `l${i}`, y }));
          const bottom = top + height;
          const placed = placeCurveLabels(labels, minGap, top, bottom);
          expect(placed.map((l) => l.id)).toEqual(labels.map((l) => l.id));
          const fits = labels.length <= 1 || height >= (labels.length - 1) * minGap;
          // The wanted top-to-bottom order is kept.
          const wanted = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.y - b.y || a.i - b.i).map((l) => l.id);
          const got = byY(placed).map((l) => l.id);
          const sorted = byY(placed);
          for (const l of placed) {
            expect(l.y).toBeGreaterThanOrEqual(top - EPS);
            expect(l.y).toBeLessThanOrEqual(bottom + EPS);
          }
          if (fits) {
            for (let i = 1; i < sorted.length; i += 1) expect((sorted[i]?.y ?? 0) - (sorted[i - 1]?.y ?? 0)).toBeGreaterThanOrEqual(minGap - EPS);
            // Ties in y after placing are impossible when they fit, so the order check is exact.
            if (minGap > EPS) expect(got).toEqual(wanted);
            const alreadyFine = byY(labels).every((l, i, all) => l.y >= top && l.y <= bottom && (i === 0 || l.y - (all[i - 1]?.y ?? 0) >= minGap));
            if (alreadyFine) expect(placed).toEqual(labels);
          }
        },
      ),
    );
  });

  it('property: moves as little as possible — no nudge of one label towards its wanted place keeps the rules', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 7 }), (ys) => {
        const labels = ys.map((y, i) => ({ id: `l${i}`, y }));
        const placed = placeCurveLabels(labels, 10, 0, 300);
        const cost = (p: { y: number }[]) => p.reduce((sum, l, i) => sum + (l.y - (labels[i]?.y ?? 0)) ** 2, 0);
        const valid = (p: { y: number }[]) => {
          const s = byY(p);
          return s.every((l, i) => l.y >= -EPS && l.y <= 300 + EPS && (i === 0 || l.y - (s[i - 1]?.y ?? 0) >= 10 - EPS));
        };
        // Any valid arrangement made by shifting one label by ±1 costs at least as much.
        for (let i = 0; i < placed.length; i += 1) {
          for (const d of [-1, 1, -0.5, 0.5]) {
            const other = placed.map((l, j) => (j === i ? { ...l, y: l.y + d } : l));
            if (valid(other)) expect(cost(other)).toBeGreaterThanOrEqual(cost(placed) - EPS);
          }
        }
      }),
    );
  });
});
