import { fromBase64Url } from './base64url';
import { packChecksum } from './checksum';
import type { PackSelection } from './encode-pack-param';
import { cleanSharerText, PACK_LIMITS, SHARER_FIELDS, type SharerField } from './pack-limits';

/** Why a link could not be read at all; each has its own message for the reader. */
export type PackParamError = 'missing' | 'too-long' | 'version' | 'format' | 'damaged';

export type ParsedPackParam =
  | {
      ok: true;
      selection: PackSelection;
      /** Sharer fields that broke a rule (too long, not a phone number) and were left out. */
      droppedFields: SharerField[];
      /** Ids that appeared more than once (kept once). */
      duplicateIds: string[];
    }
  | { ok: false; error: PackParamError };

const IDS = /^(?:[a-z][0-9]{2,3})+$/;

/**
 * Reads the `p` parameter of a custom pack link (untrusted: anyone can type one). Never throws:
 * a missing, over-long, unknown-version, malformed or damaged (checksum mismatch, e.g. cut short by
 * a chat app) link gives an error; fields that break a rule are dropped and named.
 * Whether each guide still exists is decided later, against the shipped index.
 */
export function parsePackParam(param: string | null | undefined): ParsedPackParam {
  if (param === null || param === undefined || param.trim() === '') return { ok: false, error: 'missing' };
  if (param.length > PACK_LIMITS.param) return { ok: false, error: 'too-long' };
  const parts = param.split('.');
  if (parts[0] !== '1') return /^[0-9]+$/.test(parts[0] ?? '') && parts.length === 4 ? { ok: false, error: 'version' } : { ok: false, error: 'format' };
  if (parts.length !== 4) return { ok: false, error: 'damaged' };
  const [version, ids = '', text = '', check = ''] = parts;
  if (packChecksum(`${version}.${ids}.${text}`) !== check) return { ok: false, error: 'damaged' };
  if (!IDS.test(ids)) return { ok: false, error: 'format' };
  const all: string[] = ids.match(/[a-z][0-9]{2,3}(?![0-9])/g) ?? [];
  if (all.join('') !== ids) return { ok: false, error: 'format' };
  const unique = [...new Set(all)];
  const duplicateIds = [...new Set(all.filter((id, i) => all.indexOf(id) !== i))];
  if (unique.length > PACK_LIMITS.maxGuides) return { ok: false, error: 'format' };

  let values: string[] = ['', '', '', ''];
  if (text !== '') {
    const decoded = fromBase64Url(text);
    if (decoded === undefined) return { ok: false, error: 'format' };
    values = decoded.split('\n');
    if (values.length !== SHARER_FIELDS.length) return { ok: false, error: 'format' };
  }
  const droppedFields: SharerField[] = [];
  const fields = Object.fromEntries(
    SHARER_FIELDS.map((f, i) => {
      const cleaned = cleanSharerText(f, values[i] ?? '');
      if (cleaned === undefined) droppedFields.push(f);
      return [f, cleaned ?? ''];
    }),
  ) as Record<SharerField, string>;
  return { ok: true, selection: { guideIds: unique, ...fields }, droppedFields, duplicateIds };
}
