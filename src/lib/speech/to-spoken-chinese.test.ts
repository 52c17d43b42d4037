import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInteger, readNumber, toSpokenChinese } from './to-spoken-chinese';

describe('readInteger', () => {
  it.each([
    ['0', '零'],
    ['7', '七'],
    ['10', '十'],
    ['15', '十五'],
    ['20', '二十'],
    ['105', '一百零五'],
    ['110', '一百一十'],
    ['1000', '一千'],
    ['1005', '一千零五'],
    ['2000', '两千'],
    ['10050', '一万零五十'],
    ['100000', '十万'],
    ['100000005', '一亿零五'],
    ['007', '零零七'],
  ])('%s → %s', (digits, spoken) => expect(readInteger(digits)).toBe(spoken));
});

describe('readNumber', () => {
  it('reads decimals digit by digit after 点', () => {
    expect(readNumber('38.5')).toBe('三十八点五');
    expect(readNumber('0.05')).toBe('零点零五');
  });
});

describe('toSpokenChinese', () => {
  it.each([
    ['体温超过38.5℃要就医', '体温超过三十八点五度要就医'],
    ['6月龄开始添加辅食', '六个月开始添加辅食'],
    ['37.5到38℃', '三十七点五到三十八度'],
    ['37.5–38℃', '三十七点五到三十八度'],
    ['37.5-38°C', '三十七点五到三十八度'],
    ['每2小时喂一次', '每两小时喂一次'],
    ['1岁以内不要喝蜂蜜', '一岁以内不要喝蜂蜜'],
    ['按压和吹气30:2', '按压和吹气三十比二'],
    ['马上拨打120。', '马上拨打一二零。'],
    ['拨打12356心理援助热线', '拨打一二三五六心理援助热线'],
    ['电话0561-1234567', '电话零五六一一二三四五六七'],
    ['手机13800138000', '手机一三八零零一三八零零零'],
    ['每次120毫升', '每次一百二十毫升'],
    ['每次120ml', '每次一百二十毫升'],
    ['约占50%', '约占百分之五十'],
    ['10%–20%的孩子', '百分之十到二十的孩子'],
    ['0.5%', '百分之零点五'],
    ['2026-12-03开课', '二〇二六年十二月三日开课'],
    ['2026年12月3日', '二〇二六年十二月三日'],
    ['上午9:30–11:00', '上午九点三十分到十一点'],
    ['0–6个月', '零到六个月'],
    ['3.5kg以上', '三点五公斤以上'],
    ['每天400IU', '每天四百国际单位'],
    ['10mg/kg', '十毫克每公斤'],
    ['2月出生的孩子', '二月出生的孩子'],
    ['１２个月', '十二个月'],
    ['1,000元', '一千元'],
  ])('%s → %s', (written, spoken) => expect(toSpokenChinese(written)).toBe(spoken));

  it('leaves text without numbers alone', () => {
    expect(toSpokenChinese('宝宝发烧怎么办？')).toBe('宝宝发烧怎么办？');
  });

  it('never leaves an ASCII digit in what is said, whatever the input', () => {
    const chars = fc.constantFrom(...'0123456789０１２.,:：-–~%℃°年月日岁小时个kgmlIU /到至点两 发烧天');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(chars).map((a) => a.join(''))), (text) => {
        expect(toSpokenChinese(text)).not.toMatch(/[0-9]/);
      }),
      { numRuns: 2000 },
    );
  });
});
