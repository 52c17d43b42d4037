import { describe, expect, it } from 'vitest';
import { pickMessages, t } from './translate';
import { zhCN } from './zh-CN';

describe('t', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(t('guides.count', { count: 12 })).toBe('共 12 篇');
    expect(t('guides.count')).toBe('共 {count} 篇');
  });
  it('shows the key itself when a key is missing', () => {
    expect(t('no.such.key' as never)).toBe('no.such.key');
  });
  it('picks only the keys an island needs', () => {
    expect(pickMessages(['nav.home'])).toEqual({ 'nav.home': '首页' });
  });
});

describe('the zh-CN dictionary', () => {
  it('has a non-empty string for every key, with balanced parameters', () => {
    for (const [key, value] of Object.entries(zhCN)) {
      expect(value.trim(), key).not.toBe('');
      expect(key, key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/);
      expect((value.match(/\{/g) ?? []).length, key).toBe((value.match(/\}/g) ?? []).length);
    }
  });
  it('names every band and topic', async () => {
    const { AGE_BAND_IDS } = await import('../age/age-bands');
    const { GUIDE_TOPICS } = await import('../../schemas/guide');
    for (const b of AGE_BAND_IDS) expect(zhCN).toHaveProperty(`band.${b}`);
    for (const topic of GUIDE_TOPICS) expect(zhCN).toHaveProperty(`topic.${topic}`);
  });
});
