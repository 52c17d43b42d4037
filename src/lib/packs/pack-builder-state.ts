import type { AgeBandId } from '../age/age-bands';
import type { PackSelection } from './encode-pack-param';
import { cleanSharerText, PACK_LIMITS, SHARER_FIELDS, type SharerField, type SharerFields } from './pack-limits';
import type { PackGuide } from './pack-guide';

/**
 * Everything a worker has chosen in the pack builder: guides in order, the four sharer fields as
 * typed (not yet cleaned: a half-typed phone number stays on screen), and the two catalogue filters.
 * It is what a draft keeps across a reload.
 */
export interface PackBuilderState extends SharerFields {
  guideIds: string[];
  query: string;
  band: AgeBandId | '';
}

export type PackBuilderAction =
  | { type: 'add'; id: string }
  | { type: 'remove'; id: string }
  | { type: 'move'; id: string; by: -1 | 1 }
  | { type: 'field'; field: SharerField; value: string }
  | { type: 'query'; value: string }
  | { type: 'band'; value: AgeBandId | '' }
  /** A whole state at once: a restored draft or a pack opened from `?p=`. */
  | { type: 'load'; state: PackBuilderState }
  | { type: 'reset' };

export const EMPTY_PACK_BUILDER_STATE: PackBuilderState = { guideIds: [], title: '', name: '', phone: '', organisation: '', query: '', band: '' };

/** The builder's reducer: pure, and it refuses what the link cannot carry (a duplicate, a 21st guide). */
export function packBuilderReducer(state: PackBuilderState, action: PackBuilderAction): PackBuilderState {
  switch (action.type) {
    case 'add':
      if (state.guideIds.includes(action.id) || state.guideIds.length >= PACK_LIMITS.maxGuides) return state;
      return { ...state, guideIds: [...state.guideIds, action.id] };
    case 'remove':
      if (!state.guideIds.includes(action.id)) return state;
      return { ...state, guideIds: state.guideIds.filter((id) => id !== action.id) };
    case 'move': {
      const from = state.guideIds.indexOf(action.id);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= state.guideIds.length) return state;
      const guideIds = [...state.guideIds];
      guideIds[from] = guideIds[to] as string;
      guideIds[to] = action.id;
      return { ...state, guideIds };
    }
    case 'field':
      return { ...state, [action.field]: action.value };
    case 'query':
      return { ...state, query: action.value };
    case 'band':
      return { ...state, band: action.value };
    case 'load':
      return action.state;
    case 'reset':
      return EMPTY_PACK_BUILDER_STATE;
  }
}

/** Guides that match the filters: in one of the band, and the query (case-insensitive) in the title or summary. */
export function filterPackGuides(guides: readonly PackGuide[], query: string, band: AgeBandId | ''): PackGuide[] {
  const q = query.trim().toLowerCase();
  return guides.filter((g) => (band === '' || g.bands.includes(band)) && (q === '' || `${g.title} ${g.summary}`.toLowerCase().includes(q)));
}

export type BuilderSelection =
  | { ok: true; selection: PackSelection }
  /** `empty`: no guide yet; `invalid`: a field breaks its rule (listed), the last good link stays. */
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'invalid'; invalidFields: SharerField[] };

/** The pack the state describes, with cleaned fields, or why there is no link yet. */
export function toBuilderSelection(state: PackBuilderState): BuilderSelection {
  const invalidFields = SHARER_FIELDS.filter((f) => cleanSharerText(f, state[f]) === undefined);
  if (invalidFields.length > 0) return { ok: false, reason: 'invalid', invalidFields };
  if (state.guideIds.length === 0) return { ok: false, reason: 'empty' };
  const fields = Object.fromEntries(SHARER_FIELDS.map((f) => [f, cleanSharerText(f, state[f]) ?? ''])) as Record<SharerField, string>;
  return { ok: true, selection: { guideIds: state.guideIds, ...fields } };
}
