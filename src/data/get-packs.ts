import { getCollection, type CollectionEntry } from 'astro:content';
import { findPackProblems, formatPackProblems } from '../lib/packs/find-pack-problems';
import { getGuides, type GuideEntry } from './get-guides';

export type PackEntry = CollectionEntry<'packs'>;

/** A pack with its guides looked up, in the pack's order. */
export interface ResolvedPack {
  pack: PackEntry;
  guides: GuideEntry[];
}

let cached: Promise<ResolvedPack[]> | undefined;

/** All curated packs in title order, each with its guides; fails the build naming file, field and reason for a missing guide. */
export function getPacks(): Promise<ResolvedPack[]> {
  cached ??= loadPacks();
  return cached;
}

async function loadPacks(): Promise<ResolvedPack[]> {
  const [packs, guides] = await Promise.all([getCollection('packs'), getGuides()]);
  const byShortId = new Map(guides.map((g) => [g.data.shortId, g]));
  const problems = findPackProblems(
    packs.map((p) => ({ file: `src/content/packs/${p.id}.yaml`, slug: p.id, guides: p.data.guides })),
    new Set(byShortId.keys()),
  );
  if (problems.length > 0) throw new Error(`资源包引用了不存在的指导 (invalid packs):\n${formatPackProblems(problems)}`);
  return [...packs]
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id, 'en'))
    .map((pack) => ({ pack, guides: pack.data.guides.flatMap((id) => byShortId.get(id) ?? []) }));
}

/** The order a worker meets a family's needs: before and after birth first. Unlisted packs go last. */
const PACK_ORDER = ['newborn-home-visit', 'postpartum-recovery', 'safe-sleep', 'complementary-food', 'grandparents', 'childcare-entry'];

function rank(slug: string): number {
  const i = PACK_ORDER.indexOf(slug);
  return i === -1 ? PACK_ORDER.length : i;
}
