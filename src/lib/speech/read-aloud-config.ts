// The one configuration object the read-aloud component hands its script (in `data-config`). Shared by
// the .astro side, which builds it, and the browser side, which reads it, so both agree on its shape.
import type { MessageKey } from '../i18n/zh-CN';

/** The strings the player shows or announces; the type checker holds them to keys in zh-CN.ts. */
export const READ_ALOUD_MESSAGE_KEYS = [
  'readAloud.pause',
  'readAloud.resume',
  'readAloud.playing',
  'readAloud.paused',
  'readAloud.stopped',
  'readAloud.finished',
  'readAloud.noVoice',
  'readAloud.failed',
] as const satisfies readonly MessageKey[];

export type ReadAloudMessageKey = (typeof READ_ALOUD_MESSAGE_KEYS)[number];

export interface ReadAloudConfig {
  messages: Record<ReadAloudMessageKey, string>;
  /** What to read: a CSS selector for the regions, in page order; without it, the nearest `[data-read-aloud]` around the player. */
  target?: string;
  /** What never to read inside those regions: navigation, source lists, the review box, the player itself. */
  skip: string;
}

/** Speaking rates for 慢 and 正常 (1 is the voice's own pace). */
export const SPEECH_RATES = { slow: 0.7, normal: 1 } as const;
export type SpeechSpeed = keyof typeof SPEECH_RATES;

/** Where the chosen speed is remembered on the device. */
export const SPEED_STORAGE_KEY = 'yt-read-aloud-speed';

export function parseSpeed(stored: string | null | undefined): SpeechSpeed {
  return stored === 'slow' ? 'slow' : 'normal';
}
