import { describe, expect, it } from 'vitest';
import { findHandTypedWarningSigns } from './find-hand-typed-warning-signs';

const table = ['不会独走', '与人无目光交流', '不会用勺吃饭', '不会有意识叫“爸爸”或“妈妈”'];

describe('findHandTypedWarningSigns', () => {
  it('finds a 任何一条 list about development typed by hand, past bold age labels', () => {
    const body = '## 什么时候需要就医\n\n出现下面任何一条，请到儿童保健门诊做发育筛查：\n\n**3个月时**\n\n- 不会笑。\n';
    expect(findHandTypedWarningSigns(body, table)).toEqual([expect.stringContaining('hand-typed warning-sign list')]);
  });

  it('finds a sign of the table repeated in a list item, whatever the quotes', () => {
    expect(findHandTypedWarningSigns('- 18个月时，不会有意识叫"爸爸"或"妈妈"。\n', table)).toEqual([expect.stringContaining('不会有意识叫爸爸或妈妈')]);
  });

  it('finds an age, a sign and 预警 typed in one list item', () => {
    expect(findHandTypedWarningSigns('- 到18个月还不会走路：这是发育预警信号。\n', table)).toHaveLength(1);
  });

  it('accepts the directive, prose that points to the table, and 任何一条 lists about other things', () => {
    const body = [
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
});
