/** Something that cites sources by id: a guide, a milestone set, a schedule. */
export interface Citing {
  /** Where it lives, for the error message (collection and entry id, or a file path). */
  where: string;
  /** Field path and the ids found there. */
  citations: { field: string; ids: readonly string[] }[];
}

/** One citation of an id that is not in the registry or may not be cited. */
export interface CitationProblem {
  where: string;
  field: string;
  id: string;
  reason: 'unknown' | 'forbidden';
}

/**
 * Lists every citation whose id is missing from the registry or on the avoid list.
 * @example findCitationProblems([{ where: 'guides/x', citations: [{ field: 'sources', ids: ['zz'] }] }], new Set(['g1']), new Set())
 */
export function findCitationProblems(
  items: readonly Citing[],
  knownIds: ReadonlySet<string>,
  forbiddenIds: ReadonlySet<string>,
): CitationProblem[] {
  return items.flatMap((item) =>
    item.citations.flatMap(({ field, ids }) =>
      ids.flatMap((id): CitationProblem[] => {
        if (!knownIds.has(id)) return [{ where: item.where, field, id, reason: 'unknown' }];
        if (forbiddenIds.has(id)) return [{ where: item.where, field, id, reason: 'forbidden' }];
        return [];
      }),
    ),
  );
}

/** One line per problem: file, field, reason — in Chinese and English. */
export function formatCitationProblems(problems: readonly CitationProblem[]): string {
  return problems
    .map((p) =>
      p.reason === 'unknown'
        ? `${p.where} → ${p.field}: 来源“${p.id}”不在来源登记表中 (unknown source id "${p.id}")`
        : `${p.where} → ${p.field}: 来源“${p.id}”在禁用来源名单上 (source "${p.id}" is on the avoid list)`,
    )
    .join('\n');
}
