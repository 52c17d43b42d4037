/** A label at its wanted vertical position (SVG units: y grows downwards). */
export interface CurveLabel {
  id: string;
  y: number;
}

/**
 * Moves the labels at the right end of the growth curves (P3 … P97) apart so none overlaps: afterwards they keep
 * their top-to-bottom order (by wanted y; ties keep the given order), neighbours are at least `minGap` apart, all lie
 * within [top, bottom], and the total squared movement is the least possible. Labels that already fit do not move.
 *
 * How: with z_i = y_i − i·minGap the gap rule becomes "z is non-decreasing", so the answer is the isotonic regression
 * of the wanted z (pool adjacent violators), clamped to [top, bottom − (n−1)·minGap], then shifted back.
 * When the labels cannot fit (bottom − top < (n−1)·minGap) they are spread evenly from top to bottom instead.
 * Returns the labels in the order given.
 * @example placeCurveLabels([{ id: 'P3', y: 100 }, { id: 'P10', y: 104 }], 12, 0, 200) // P3 at 96, P10 at 108
 */
export function placeCurveLabels(labels: readonly CurveLabel[], minGap: number, top: number, bottom: number): CurveLabel[] {
  const n = labels.length;
  if (n === 0) return [];
  const order = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.y - b.label.y || a.index - b.index);
  const placed = new Array<number>(n);
  if (n > 1 && bottom - top < (n - 1) * minGap) {
    const step = (bottom - top) / (n - 1);
    order.forEach((o, i) => (placed[o.index] = top + i * step));
  } else {
    // Pool adjacent violators: blocks of (sum, count), merged while a block's mean is below the previous one's.
    const blocks: { sum: number; count: number }[] = [];
    order.forEach((o, i) => {
      blocks.push({ sum: o.label.y - i * minGap, count: 1 });
      for (;;) {
        const last = blocks[blocks.length - 1];
        const prev = blocks[blocks.length - 2];
        if (!last || !prev || prev.sum / prev.count <= last.sum / last.count) break;
        blocks.splice(-2, 2, { sum: prev.sum + last.sum, count: prev.count + last.count });
      }
    });
    const low = top;
    const high = bottom - (n - 1) * minGap;
    let i = 0;
    for (const block of blocks) {
      const z = Math.min(high, Math.max(low, block.sum / block.count));
      for (let k = 0; k < block.count; k += 1, i += 1) {
        const o = order[i];
        if (o) placed[o.index] = z + i * minGap;
      }
    }
  }
  return labels.map((label, index) => ({ id: label.id, y: placed[index] ?? label.y }));
}
