import { t } from '../../lib/i18n/translate';
import type { MessageKey } from '../../lib/i18n/zh-CN';

/**
 * The messages custom-pack scripts need, as `data-msg-*` attributes (read by readMessages). HTML
 * lower-cases attribute names, so keys are written in kebab case: `qrCaption` → `data-msg-qr-caption`.
 */
export function customPackMessageAttributes(): Record<string, string> {
  const keys = ['error.missing', 'error.too-long', 'error.version', 'error.format', 'error.damaged', 'skipped', 'duplicates', 'dropped', 'field.title', 'field.name', 'field.phone', 'field.organisation', 'qrCaption', 'qrFailed', 'custom'] as const;
  return Object.fromEntries(keys.map((k) => [`data-msg-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, t(`packs.${k}` as MessageKey)]));
}
