/**
 * Looks up a pack's guide ids in the guide index shipped with the site, keeping the pack's order.
 * Ids no longer in the index (a guide removed or never existed) are returned as `skipped`, so the
 * page can say so instead of failing.
 * @example resolvePackGuides(['b01', 'z99'], index) // { guides: [b01 entry], skipped: ['z99'] }
 */
export function resolvePackGuides<G extends { id: string }>(ids: readonly string[], index: readonly G[]): { guides: G[]; skipped: string[] } {
  const byId = new Map(index.map((g) => [g.id, g]));
  const guides: G[] = [];
  const skipped: string[] = [];
  for (const id of ids) {
    const guide = byId.get(id);
    if (guide) guides.push(guide);
    else skipped.push(id);
  }
  return { guides, skipped };
}
