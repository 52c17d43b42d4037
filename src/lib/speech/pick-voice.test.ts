import { describe, expect, it } from 'vitest';
import { pickChineseVoice } from './pick-voice';

const v = (lang: string, name = lang, localService = true) => ({ lang, name, localService });

describe('pickChineseVoice', () => {
  it('prefers mainland Mandarin on the device', () => {
    const voices = [v('en-US'), v('zh-TW'), v('zh-CN', 'net', false), v('zh-CN', 'local')];
    expect(pickChineseVoice(voices)?.name).toBe('local');
  });
  it('accepts underscore and cmn tags', () => {
    expect(pickChineseVoice([v('cmn-Hans-CN')])?.lang).toBe('cmn-Hans-CN');
    expect(pickChineseVoice([v('zh_CN')])?.lang).toBe('zh_CN');
  });
  it('falls back to other Mandarin but never Cantonese', () => {
    expect(pickChineseVoice([v('zh-HK'), v('zh-TW')])?.lang).toBe('zh-TW');
    expect(pickChineseVoice([v('zh-HK'), v('yue-HK')])).toBeUndefined();
  });
  it('is undefined without a Chinese voice', () => {
    expect(pickChineseVoice([v('en-GB')])).toBeUndefined();
    expect(pickChineseVoice([])).toBeUndefined();
  });
});
