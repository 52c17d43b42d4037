import type { SearchHit } from './search-backend';

/**
 * With a child profile on the device, guides for the child's age band come first among results that
 * are otherwise equal (same share of the query matched, same kind, same score); nothing else moves.
 * Decided on the device: the band never leaves it.
 */
export function preferBand(hits: readonly SearchHit[], band: string | undefined): SearchHit[] {
  if (!band) return [...hits];
  const fits = (h: SearchHit) => (h.doc.bands ?? []).includes(band);
  const out: SearchHit[] = [];
  for (let i = 0; i < hits.length; ) {
    let j = i + 1;
    const first = hits[i] as SearchHit;
    while (j < hits.length && hits[j]?.share === first.share && hits[j]?.doc.kind === first.doc.kind && hits[j]?.score === first.score) j += 1;
    const tie = hits.slice(i, j);
    out.push(...tie.filter(fits), ...tie.filter((h) => !fits(h)));
    i = j;
  }
  return out;
}
