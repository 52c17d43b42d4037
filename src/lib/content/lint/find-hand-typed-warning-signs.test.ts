import { describe, expect, it } from 'vitest';
import { findHandTypedWarningSigns } from './find-hand-typed-warning-signs';

const table = ['不会独走', '与人无目光交流', '不会用勺吃饭', '不会有意识叫“爸爸”或“妈妈”', '不会示意大小便'];

describe('findHandTypedWarningSigns', () => {
  it('finds a 任何一条 list about development typed by hand, past bold age labels', () => {
    const body = '## 什么时候需要就医\n\n出现下面任何一条，请到儿童保健门诊做发育筛查：\n\n**3个月时**\n\n- 不会笑。\n';
    expect(findHandTypedWarningSigns(body, table)).toEqual([expect.stringContaining('hand-typed warning-sign list')]);
  });

  it('finds a list with two signs of the table in it, whatever the quotes', () => {
    const body = '- 18个月时，不会有意识叫"爸爸"或"妈妈"。\n- 与人无目光交流。\n';
    expect(findHandTypedWarningSigns(body, table)).toEqual([expect.stringContaining('不会有意识叫爸爸或妈妈；与人无目光交流')]);
  });

  it('counts an age, a sign and 预警 in one item as a typed sign', () => {
    const body = '- 到18个月还不会走路：这是发育预警信号。\n- 刚满1岁，扶着东西也站不起来：也是预警信号，不会站要去筛查。\n- 摔得重：立即拨打120。\n';
    expect(findHandTypedWarningSigns(body, table)).toEqual([expect.stringContaining('2 条')]);
  });

  it('accepts one sign explained in a list, the directive, prose that points to the table, and other 任何一条 lists', () => {
    const body = [
      '- 有一条要记住：30月龄（两岁半）还不会示意大小便，是国家儿童发育预警征象里的一条。',
      '- 示意，就是会用话、动作或表情告诉大人。',
      '',
      '{{warning-signs:18}}',
      '',
      '- 出现发育预警征象中的任何一条：到儿童保健门诊做发育评估。见[1到2岁](/ages/1-2y/)页面。',
      '- 孩子不看人的眼睛：对照[1到2岁](/ages/1-2y/)页面上的发育预警征象。',
      '',
      '出现下面任何一种情况，立即拨打120：',
      '',
      '- 抽搐。',
      '',
      '- 18个月左右：会试着说三个或更多的词。',
    ].join('\n');
    expect(findHandTypedWarningSigns(body, table)).toEqual([]);
  });

  it('does not join two lists that prose separates', () => {
    const body = '- 与人无目光交流，是预警征象里的一条。\n\n这是一段话。\n\n- 不会独走，也是。\n';
    expect(findHandTypedWarningSigns(body, table)).toEqual([]);
  });
});
