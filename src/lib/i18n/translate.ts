import { fillTemplate } from './fill-template';
import { zhCN, type MessageKey } from './zh-CN';

/**
 * Looks up a UI string and fills `{name}` parameters. A key missing from the dictionary shows the key
 * itself, so a gap is visible instead of blank.
 * @example t('guides.count', { count: 12 }) // '共 12 篇'
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(zhCN[key] ?? key, params);
}

/** Picks the subset of keys an island needs, already translated, so islands ship only their own strings. */
export function pickMessages<K extends MessageKey>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<K, string>;
}
