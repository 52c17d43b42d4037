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

/**
 * The translated strings an island's configuration carries, by key. The type checker rejects a key that
 * zh-CN.ts lacks (unlike `Extract<MessageKey, …>`, which would drop it silently).
 */
export type Messages<K extends MessageKey> = Record<K, string>;

/** Picks the subset of keys an island needs, already translated, so islands ship only their own strings. */
export function pickMessages<K extends MessageKey>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<K, string>;
}
