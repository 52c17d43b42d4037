import { describe, expect, it } from 'vitest';
import { findEditorPhrases } from './find-editor-phrases';

describe('findEditorPhrases', () => {
  it('finds research-log phrases', () => {
    expect(findEditorPhrases('安徽、淮北：我们没有查到关于安全座椅的地方规定。')).toEqual(['我们没有查到']);
    expect(findEditorPhrases('几岁学会，我们参考的资料里没有可靠的年龄。')).toEqual(['我们参考的', '参考的资料里', '资料里没有']);
    expect(findEditorPhrases('转载页面，原文未读；年份据上下文推断，未确认')).toEqual(['转载页面', '原文未读', '据上下文推断', '未确认']);
  });
  it('leaves plain reader-facing Chinese alone', () => {
    for (const text of ['答不上来，就说“我们一起找找看”。', '后续剂次怎样安排，请向接种门诊确认。', '早产的宝宝，多久不退需要检查，不同资料说法不一样。', '']) {
      expect(findEditorPhrases(text), text).toEqual([]);
    }
  });
});
