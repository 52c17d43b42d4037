/**
 * Limits on what a sharer can put into a custom pack link. They keep the whole link short enough for
 * a QR code a phone scans from another phone's screen (well under QR version 20 at level M), and keep
 * sharer-controlled text short on the cover of a printed booklet.
 */
export const PACK_LIMITS = {
  /** Guides in one custom pack. */
  maxGuides: 20,
  /** Characters (code points) of the pack title. */
  title: 30,
  /** Characters of the worker's name. */
  name: 20,
  /** Characters of the phone number. */
  phone: 20,
  /** Characters of the organisation. */
  organisation: 40,
  /** Characters of the whole `p` parameter; a longer one is refused before it is decoded. */
  param: 600,
} as const;

/** The fields a sharer types, all optional except the guides. */
export interface SharerFields {
  title: string;
  name: string;
  phone: string;
  organisation: string;
}

export type SharerField = keyof SharerFields;

export const SHARER_FIELDS: readonly SharerField[] = ['title', 'name', 'phone', 'organisation'];

/** A phone number as people write it in China: digits with optional +, spaces, hyphens, brackets. */
const PHONE = /^[+]?[0-9][0-9 ()-]*$/;

/**
 * Cleans one sharer-typed value: NFC, control and bidirectional-override characters removed,
 * whitespace collapsed and trimmed. Returns undefined when the value breaks a rule (too long, a
 * phone that is not a phone number), so callers can drop it with a notice.
 * @example cleanSharerText('phone', ' 0561-1234567 ') // '0561-1234567'
 */
export function cleanSharerText(field: SharerField, value: string): string | undefined {
  const cleaned = value
    .normalize('NFC')
    // C0/C1 controls, zero-width and bidi controls: invisible characters can disguise a title.
    .replace(/[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if ([...cleaned].length > PACK_LIMITS[field]) return undefined;
  if (field === 'phone' && cleaned !== '' && !PHONE.test(cleaned)) return undefined;
  return cleaned;
}
