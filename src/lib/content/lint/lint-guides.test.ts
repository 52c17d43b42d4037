import { describe, expect, it } from 'vitest';
import { AGE_BAND_IDS } from '../../age/age-bands';
import { CORE_TOPICS, LIMITS, lintGuide, lintGuideSet, measureReadability, type GuideFile, type LintContext } from './lint-guides';

// A good paragraph: short sentences of common characters, about 30 hanzi.
const sentence = '宝宝饿了就喂，不用看钟点。';
const body = (n: number, extra = '') => `## 怎么做\n\n${sentence.repeat(n)}\n${extra}\n## 什么时候需要就医\n\n宝宝发烧不退要去医院。\n`;
const good: GuideFile = { file: 'good.md', data: { shortId: 'a01', bands: ['0-6m'], topics: ['feeding'], sources: ['g1'] }, body: body(30) };
const ctx: LintContext = {
  sourceIds: new Set(['g1', 'd5']),
  forbiddenSourceIds: new Set(['d5']),
  routes: new Set(['/guides/good/', '/ages/0-6m/']),
  isCommonHanzi: (ch) => !'㵘鬯'.includes(ch),
  validate: (data) => ((data as { shortId?: string }).shortId === 'BAD' ? ['shortId: 格式不对'] : []),
};
const rules = (g: GuideFile) => lintGuide(g, ctx).map((p) => p.rule);

describe('lintGuide', () => {
  it('passes a good guide', () => {
    expect(lintGuide(good, ctx)).toEqual([]);
  });
  it('fails on a schema error', () => {
    expect(rules({ ...good, data: { ...good.data, shortId: 'BAD' } })).toEqual(['schema']);
  });
  it('fails on an unknown and on an avoid-listed source', () => {
    expect(rules({ ...good, data: { ...good.data, sources: ['zz9', 'd5'] } })).toEqual(['source-unknown', 'source-forbidden']);
  });
  it('fails on a broken internal link, not on a good one', () => {
    expect(rules({ ...good, body: body(30, '见[好](/guides/good/)和[坏](/guides/missing/)。') })).toEqual(['link-broken']);
    expect(rules({ ...good, body: body(30, '见[无斜杠](/guides/good)。') })).toEqual(['link-broken']);
  });
  it('fails on a vaccine age typed into prose, and accepts a data token', () => {
    expect(rules({ ...good, body: body(30, '宝宝8月龄时打麻腮风疫苗。') })).toEqual(['raw-schedule-age']);
    expect(rules({ ...good, body: body(30, '麻腮风疫苗在{{dose:mmr:1}}接种。') })).toEqual([]);
  });
  it('fails on a body too short or too long', () => {
    expect(rules({ ...good, body: body(5) })).toEqual(['length']);
    expect(rules({ ...good, body: body(200) })).toEqual(['length']);
  });
  it('fails on a long sentence and reports it', () => {
    const long = `${'这是一个非常长的句子'.repeat(7)}。`;
    expect(rules({ ...good, body: body(30, long) })).toContain('sentence-length');
  });
  it('fails when rare characters are too many', () => {
    expect(rules({ ...good, body: body(30, '㵘鬯'.repeat(10)) })).toEqual(['rare-characters']);
  });
  it('requires a see-a-doctor section in illness and first-aid guides', () => {
    const noDoctor = { ...good, data: { ...good.data, topics: ['illness'] }, body: `## 怎么做\n\n${sentence.repeat(30)}\n` };
    expect(rules(noDoctor)).toEqual(['see-doctor']);
    expect(rules({ ...noDoctor, data: { ...good.data, topics: ['feeding'] } })).toEqual([]);
  });
  it('fails on an editor-only phrase in the body or the summary', () => {
    expect(rules({ ...good, body: body(30, '安徽的规定，我们没有查到。') })).toEqual(['editor-phrase']);
    expect(rules({ ...good, data: { ...good.data, summary: '几岁学会，我们参考的资料里没有答案。' } })).toEqual(['editor-phrase', 'editor-phrase', 'editor-phrase']);
  });
  it('fails on 最后审核 without a signed review, not with one', () => {
    expect(rules({ ...good, body: body(30, '本文最后审核于2026年。') })).toEqual(['unsigned-review-claim']);
    expect(rules({ ...good, data: { ...good.data, review: { reviewer: '王医生' } }, body: body(30, '本文最后审核于2026年。') })).toEqual([]);
  });
  it('fails on 控水 given as advice, not on 不要控水', () => {
    expect(rules({ ...good, body: body(30, '救上岸后先控水。') })).toEqual(['drowning-unsafe-advice']);
    expect(rules({ ...good, body: body(30, '不要控水，也不能倒提。') })).toEqual([]);
  });
  it('fails on a complementary-food guide without the under-1 salt, sugar and honey rules', () => {
    const food = { ...good, data: { ...good.data, title: '宝宝辅食怎么加', bands: ['6-12m'] } };
    expect(rules({ ...food, body: body(30, '辅食尽量少放盐和糖。') })).toEqual(['under-one-food-rules', 'under-one-food-rules']);
    expect(rules({ ...food, body: body(30, '1岁以内不加盐、糖。1岁以内不吃蜂蜜。') })).toEqual([]);
  });
});

describe('lintGuide: lists and limits that come from data', () => {
  it('fails on a hand-typed warning-sign list', () => {
    expect(rules({ ...good, body: body(30, '出现下面任何一条，请到儿童保健门诊做发育筛查：\n\n- 不会走路。\n') })).toEqual(['warning-signs-typed']);
    const twoSigns = body(30, '- 与人无目光交流。\n- 不会独走。\n');
    expect(lintGuide({ ...good, body: twoSigns }, { ...ctx, warningSigns: ['与人无目光交流', '不会独走'] }).map((p) => p.rule)).toEqual(['warning-signs-typed']);
  });
  it('fails on a 4-hour interval without the 24-hour cap, in the body or the summary', () => {
    expect(rules({ ...good, body: body(30, '两次用药，至少间隔4小时。') })).toEqual(['interval-without-cap']);
    expect(rules({ ...good, data: { ...good.data, summary: '两次至少隔4小时。' } })).toEqual(['interval-without-cap']);
    expect(rules({ ...good, body: body(30, '两次用药至少间隔4小时，24小时内不超过4次。') })).toEqual([]);
  });
  it('checks directives against the data when it is given', () => {
    const directives = { warningSignAges: [18], warningSignSources: ['g1'], redFlagSources: new Map([['fever', ['f4']]]) };
    const withDirectives = (extra: string) => lintGuide({ ...good, body: body(30, extra) }, { ...ctx, directives }).map((p) => p.rule);
    expect(withDirectives('\n{{warning-signs:18}}\n')).toEqual([]);
    expect(withDirectives('\n{{warning-signs:9}}\n')).toEqual(['directive']);
    expect(withDirectives('\n{{red-flags:fever}}\n')).toEqual(['directive']);
  });
});

describe('measureReadability', () => {
  it('counts hanzi, sentences and the longest sentence', () => {
    const r = measureReadability({ ...good, body: '一二三。四五六七八！\n- 九十' }, () => true);
    expect(r).toMatchObject({ hanzi: 10, sentences: 3, maxSentence: 5 });
  });
});

describe('lintGuideSet', () => {
  const full: GuideFile[] = AGE_BAND_IDS.flatMap((band, b) =>
    Array.from({ length: LIMITS.minGuidesPerBand }, (_, i) => ({
      file: `${band}-${i}.md`,
      data: { shortId: `${'pabcde'[b]}${String(i).padStart(2, '0')}`, bands: [band], topics: [CORE_TOPICS[(b * 8 + i) % CORE_TOPICS.length]] },
      body: '',
    })),
  );
  it('passes a complete set', () => {
    expect(lintGuideSet(full)).toEqual([]);
  });
  it('fails on an under-covered band, a missing topic and a duplicate short id', () => {
    const fewer = full.filter((g) => g.file !== '3-6y-0.md');
    expect(lintGuideSet(fewer).map((p) => p.rule)).toContain('band-coverage');
    const noPolicy = full.map((g) => ({ ...g, data: { ...g.data, topics: (g.data.topics as string[]).filter((t) => t !== 'policy') } }));
    expect(lintGuideSet(noPolicy).map((p) => p.message).join()).toContain('policy');
    const dup = [...full, { ...full[0], file: 'copy.md' } as GuideFile];
    expect(lintGuideSet(dup).map((p) => p.rule)).toEqual(['duplicate-short-id']);
  });
});
