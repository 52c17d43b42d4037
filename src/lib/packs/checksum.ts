/**
 * FNV-1a (32 bit) over the UTF-16 code units, as 4 base-36 characters: not security, only a guard
 * that tells a truncated or hand-edited link from a whole one.
 */
export function packChecksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}
