/**
 * Ids used by more than one place, across every kind: a room with a centre's id would replace the
 * centre's page and double its feature in the open data. The build stops on any.
 */
export function findDuplicatePlaceIds(places: readonly { id: string; kind: string }[]): { id: string; kinds: string[] }[] {
  const kindsById = new Map<string, string[]>();
  for (const p of places) kindsById.set(p.id, [...(kindsById.get(p.id) ?? []), p.kind]);
  return [...kindsById].filter(([, kinds]) => kinds.length > 1).map(([id, kinds]) => ({ id, kinds }));
}
