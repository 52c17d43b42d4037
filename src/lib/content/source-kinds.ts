import { SOURCE_KINDS, type PublicSource, type Source, type SourceKind } from '../../schemas/source';

/**
 * Standards, government documents, guidelines and consensus statements: what the content report counts
 * as a guide's primary sources (facts.md §9.10: a news item is not evidence).
 */
export const PRIMARY_SOURCE_KINDS: ReadonlySet<SourceKind> = new Set(['national-standard', 'health-standard', 'government', 'guideline', 'expert-consensus']);

/** Kinds that cannot carry a medical claim alone: a guide citing only these is flagged by the report. */
export const NEWS_OR_REPOST_KINDS: ReadonlySet<SourceKind> = new Set(['news', 'repost']);

/**
 * The distinct kinds among some sources, strongest first (the order of `SOURCE_KINDS`).
 * @example listSourceKinds([{ kind: 'news' }, { kind: 'health-standard' }, { kind: 'news' }]) // ['health-standard', 'news']
 */
export function listSourceKinds(sources: readonly { kind: SourceKind }[]): SourceKind[] {
  const present = new Set(sources.map((s) => s.kind));
  return SOURCE_KINDS.filter((k) => present.has(k));
}

/** The source without its editor-only note: what every page, print and data file gets. */
export function toPublicSource(source: Source): PublicSource {
  const { editorNote: _editorOnly, ...shown } = source;
  return shown;
}

/** How one guide's citations divide between primary sources and the rest. */
export interface SourceKindSummary {
  primary: number;
  other: number;
  /** True when every cited source is a news item or a third party's retelling. */
  onlyNewsOrReposts: boolean;
}

/**
 * Counts primary and other sources among a guide's citations.
 * @example summariseSourceKinds([{ kind: 'guideline' }, { kind: 'news' }]) // { primary: 1, other: 1, onlyNewsOrReposts: false }
 */
export function summariseSourceKinds(sources: readonly { kind: SourceKind }[]): SourceKindSummary {
  const primary = sources.filter((s) => PRIMARY_SOURCE_KINDS.has(s.kind)).length;
  return {
    primary,
    other: sources.length - primary,
    onlyNewsOrReposts: sources.length > 0 && sources.every((s) => NEWS_OR_REPOST_KINDS.has(s.kind)),
  };
}
