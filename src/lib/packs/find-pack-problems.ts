/** A pack as the checker needs it: where it lives and which guides it lists. */
export interface PackToCheck {
  /** Path of the source file, for the message. */
  file: string;
  slug: string;
  guides: readonly string[];
}

export interface PackProblem {
  file: string;
  field: string;
  reason: string;
}

/** Paths under /packs/ that are pages of their own, never a pack's slug. */
export const RESERVED_SLUGS: readonly string[] = ['new', 'custom'];

/**
 * Every reason a curated pack cannot be built: a guide id that no guide has, the same guide twice,
 * two packs with one slug, or a slug that is a page of its own. Empty when all is well.
 */
export function findPackProblems(packs: readonly PackToCheck[], knownGuideIds: ReadonlySet<string>): PackProblem[] {
  const problems: PackProblem[] = [];
  const slugs = new Map<string, string>();
  for (const pack of packs) {
    if (RESERVED_SLUGS.includes(pack.slug)) problems.push({ file: pack.file, field: 'slug', reason: `“${pack.slug}” 是保留的地址 (reserved: ${RESERVED_SLUGS.join(', ')})` });
    const other = slugs.get(pack.slug);
    if (other) problems.push({ file: pack.file, field: 'slug', reason: `“${pack.slug}” 已被 ${other} 使用 (duplicate slug)` });
    slugs.set(pack.slug, pack.file);
    const seen = new Set<string>();
    pack.guides.forEach((id, i) => {
      if (!knownGuideIds.has(id)) problems.push({ file: pack.file, field: `guides[${i}]`, reason: `没有 shortId 为 “${id}” 的指导 (unknown guide)` });
      if (seen.has(id)) problems.push({ file: pack.file, field: `guides[${i}]`, reason: `“${id}” 重复出现 (duplicate guide)` });
      seen.add(id);
    });
  }
  return problems;
}

/** One line per problem: `file: field: reason`. */
export function formatPackProblems(problems: readonly PackProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field}: ${p.reason}`).join('\n');
}
