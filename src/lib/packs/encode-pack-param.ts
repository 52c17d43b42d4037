import { toBase64Url } from './base64url';
import { packChecksum } from './checksum';
import { cleanSharerText, PACK_LIMITS, SHARER_FIELDS, type SharerFields } from './pack-limits';

/** What a custom pack link carries: guides by short id, in order, and the sharer's fields. */
export interface PackSelection extends SharerFields {
  guideIds: string[];
}

/** The current link format. A decoder refuses versions it does not know. */
export const PACK_PARAM_VERSION = '1';

const SHORT_ID = /^[a-z][0-9]{2,3}$/;

/**
 * Encodes a selection as the compact, versioned `p` parameter of a custom pack link:
 * `1.{ids}.{text}.{check}` — ids concatenated (`a01b03`), the four sharer fields joined by line
 * feeds as base64url UTF-8, and a 4-character checksum over the rest. Duplicate ids are dropped;
 * fields are cleaned and must fit the limits (throws otherwise: the builder validates first).
 * @example encodePackParam({ guideIds: ['b01', 'a08'], title: '', name: '', phone: '', organisation: '' })
 */
export function encodePackParam(selection: PackSelection): string {
  const ids = [...new Set(selection.guideIds)];
  if (ids.length === 0) throw new Error('a pack needs at least one guide');
  if (ids.length > PACK_LIMITS.maxGuides) throw new Error(`a pack holds at most ${PACK_LIMITS.maxGuides} guides`);
  for (const id of ids) if (!SHORT_ID.test(id)) throw new Error(`not a guide short id: ${id}`);
  const fields = SHARER_FIELDS.map((f) => {
    const cleaned = cleanSharerText(f, selection[f]);
    if (cleaned === undefined) throw new Error(`${f} breaks its limits`);
    return cleaned;
  });
  const text = fields.every((f) => f === '') ? '' : toBase64Url(fields.join('\n'));
  const body = `${PACK_PARAM_VERSION}.${ids.join('')}.${text}`;
  const param = `${body}.${packChecksum(body)}`;
  if (param.length > PACK_LIMITS.param) throw new Error('pack link too long');
  return param;
}
