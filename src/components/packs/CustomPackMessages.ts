import type { MessageKey } from '../../lib/i18n/zh-CN';

/** The messages reading a custom pack link can show (openPackFromLocation); checked against the dictionary. */
export const OPEN_PACK_MESSAGE_KEYS = [
  'packs.error.missing',
  'packs.error.too-long',
  'packs.error.version',
  'packs.error.format',
  'packs.error.damaged',
  'packs.skipped',
  'packs.duplicates',
  'packs.dropped',
  'packs.field.title',
  'packs.field.name',
  'packs.field.phone',
  'packs.field.organisation',
] as const satisfies readonly MessageKey[];

export type OpenPackMessageKey = (typeof OPEN_PACK_MESSAGE_KEYS)[number];

/** The same, already translated (templates keep their `{name}` holes). */
export type OpenPackMessages = Record<OpenPackMessageKey, string>;
