// Chooses the voice to read Simplified Chinese with, from what the device offers.

/** The part of SpeechSynthesisVoice the choice looks at. */
export interface VoiceInfo {
  lang: string;
  name: string;
  localService: boolean;
}

/**
 * Mainland Mandarin first (zh-CN, cmn-Hans-CN), then other Mandarin (zh-TW reads the same characters);
 * never Cantonese (zh-HK, yue), which a Mandarin listener would not follow. Voices on the device come
 * before network ones so reading works offline. Undefined when the device has no suitable voice.
 */
export function pickChineseVoice<V extends VoiceInfo>(voices: readonly V[]): V | undefined {
  const rank = (v: VoiceInfo): number => {
    const lang = v.lang.replace(/_/g, '-').toLowerCase();
    if (/^(?:yue|zh-hk|zh-mo)/.test(lang) || /粤|cantonese/i.test(v.name)) return -1;
    let score = -1;
    if (lang === 'zh-cn' || lang.startsWith('cmn-hans') || lang === 'zh-hans-cn' || lang === 'zh-hans' || lang === 'cmn-cn') score = 3;
    else if (lang === 'zh' || lang === 'cmn') score = 2;
    else if (lang.startsWith('zh') || lang.startsWith('cmn')) score = 1;
    if (score < 0) return score;
    return score * 2 + (v.localService ? 1 : 0);
  };
  let best: V | undefined;
  let bestRank = -1;
  for (const v of voices) {
    const r = rank(v);
    if (r > bestRank) {
      best = v;
      bestRank = r;
    }
  }
  return best;
}
