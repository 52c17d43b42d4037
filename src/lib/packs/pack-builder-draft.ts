import { isAgeBandId } from '../age/age-bands';
import type { PackSelection } from './encode-pack-param';
import { EMPTY_PACK_BUILDER_STATE, type PackBuilderState } from './pack-builder-state';
import { cleanSharerText, PACK_LIMITS, SHARER_FIELDS } from './pack-limits';

/** localStorage key of the builder's draft (one per device). */
export const PACK_BUILDER_DRAFT_KEY = 'yuertong.packs.builder-draft';

/** Bumped when the stored shape changes; an older or newer draft is set aside, not guessed at. */
export const PACK_BUILDER_DRAFT_VERSION = 1;

/** Longest typed text kept from a draft: generous over the field limits, so a too-long title still shows (with its error). */
const MAX_STORED_TEXT = 200;

const SHORT_ID = /^[a-z][0-9]{2,3}$/;

/** The draft as stored: the state plus its version. */
export function serializePackBuilderDraft(state: PackBuilderState): string {
  return JSON.stringify({ v: PACK_BUILDER_DRAFT_VERSION, ...state });
}

export type ParsedPackBuilderDraft =
  /** `none`: nothing stored; `broken`: something stored that is not a draft we can read. */
  | { ok: false; reason: 'none' | 'broken' }
  | { ok: true; state: PackBuilderState; droppedGuides: number };

/**
 * Reads a stored draft (untrusted: another version of the site, a browser extension or a full disk
 * may have left anything there). Never throws. Guides the site no longer has are dropped and
 * counted; a draft that does not have the expected shape is `broken` as a whole.
 */
export function parsePackBuilderDraft(text: string | null, knownGuideIds: ReadonlySet<string>): ParsedPackBuilderDraft {
  if (text === null || text === '') return { ok: false, reason: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'broken' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'broken' };
  const draft = value as Record<string, unknown>;
  if (draft['v'] !== PACK_BUILDER_DRAFT_VERSION) return { ok: false, reason: 'broken' };
  const ids = draft['guideIds'];
  if (!Array.isArray(ids) || ids.length > PACK_LIMITS.maxGuides * 2) return { ok: false, reason: 'broken' };
  if (!ids.every((id): id is string => typeof id === 'string' && SHORT_ID.test(id))) return { ok: false, reason: 'broken' };
  const texts = ['query', ...SHARER_FIELDS] as const;
  if (!texts.every((k) => typeof draft[k] === 'string' && (draft[k] as string).length <= MAX_STORED_TEXT)) return { ok: false, reason: 'broken' };
  const band = draft['band'];
  if (band !== '' && !isAgeBandId(band)) return { ok: false, reason: 'broken' };
  const unique = [...new Set(ids)];
  const kept = unique.filter((id) => knownGuideIds.has(id)).slice(0, PACK_LIMITS.maxGuides);
  return {
    ok: true,
    droppedGuides: unique.length - kept.length,
    state: {
      guideIds: kept,
      query: draft['query'] as string,
      band,
      title: draft['title'] as string,
      name: draft['name'] as string,
      phone: draft['phone'] as string,
      organisation: draft['organisation'] as string,
    },
  };
}

/** True when the state holds nothing worth keeping (then the stored draft is removed instead). */
export function isEmptyPackBuilderState(state: PackBuilderState): boolean {
  return state.guideIds.length === 0 && state.query === '' && state.band === '' && SHARER_FIELDS.every((f) => state[f] === '');
}

export type PackBuilderStart = { state: PackBuilderState; source: 'draft' | 'link' | 'empty'; droppedGuides: number };

/**
 * Where the builder starts after a load. A link (`?p=`, "edit this pack") wins over the draft, unless
 * it is the same pack as the draft (the builder keeps its link in the address bar, so a reload has
 * both): then the draft, which also remembers the filters and a half-typed field.
 */
export function choosePackBuilderStart(draft: ParsedPackBuilderDraft, link: PackSelection | undefined): PackBuilderStart {
  if (link !== undefined) {
    // A field that breaks its rule (a phone number being typed) never reached the link: it does not count as a difference.
    const same = draft.ok && draft.state.guideIds.join() === link.guideIds.join() && SHARER_FIELDS.every((f) => [undefined, link[f]].includes(cleanSharerText(f, draft.state[f])));
    if (!same || !draft.ok) return { state: { ...EMPTY_PACK_BUILDER_STATE, ...link, guideIds: [...link.guideIds] }, source: 'link', droppedGuides: 0 };
    return { state: draft.state, source: 'draft', droppedGuides: draft.droppedGuides };
  }
  if (draft.ok && !isEmptyPackBuilderState(draft.state)) return { state: draft.state, source: 'draft', droppedGuides: draft.droppedGuides };
  return { state: EMPTY_PACK_BUILDER_STATE, source: 'empty', droppedGuides: 0 };
}
