import type { List, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIRECTIVE, expandContentDirective, type ContentDirectiveData } from './expand-content-directives';

const data: ContentDirectiveData = {
  warningSigns: {
    rule: '出现下面任何一条，请带孩子到儿童保健门诊做发育评估',
    rows: [
      { ageMonths: 18, signs: ['甲一', '乙二', '丙三', '丁四'] },
      { ageMonths: 48, signs: ['戊五', '己六', '庚七', '辛八'] },
    ],
  },
  redFlags: new Map([
    ['fever', { hospital: ['发热超过3天。'], emergency: ['抽搐。'] }],
    ['jaundice', { hospitalLead: '当天就要看医生：', hospital: ['出生后24小时内就发黄。'], emergency: [] }],
  ]),
};

const textOf = (p: Paragraph | List): string => JSON.stringify(p).match(/"value":"([^"]*)"/g)?.map((m) => m.slice(9, -1)).join('|') ?? '';

describe('expandContentDirective', () => {
  it('replaces {{warning-signs:18}} by the intro sentence and all four signs', () => {
    const r = expandContentDirective('{{warning-signs:18}}', data);
    expect(r && 'nodes' in r).toBe(true);
    const [intro, list] = (r as { nodes: [Paragraph, List] }).nodes;
    expect(textOf(intro)).toBe('孩子18个月时，出现下面任何一条，请带孩子到儿童保健门诊做发育评估：');
    expect(list.type).toBe('list');
    expect(list.children).toHaveLength(4);
    expect(textOf(list)).toBe('甲一|乙二|丙三|丁四');
  });

  it('says years from 4 years on', () => {
    const r = expandContentDirective(' {{warning-signs:48}} ', data) as { nodes: [Paragraph, List] };
    expect(textOf(r.nodes[0])).toContain('孩子4岁时');
  });

  it('fails on an age the table does not have, naming the token', () => {
    expect(expandContentDirective('{{warning-signs:9}}', data)).toEqual({ error: expect.stringContaining('{{warning-signs:9}}') });
    expect(expandContentDirective('{{warning-signs:abc}}', data)).toEqual({ error: expect.stringContaining('unknown warning-sign age') });
  });

  it('renders a red-flag topic in its two levels, with the default or the topic’s own labels', () => {
    const fever = expandContentDirective('{{red-flags:fever}}', data) as { nodes: (Paragraph | List)[] };
    expect(fever.nodes.map(textOf)).toEqual(['要去医院看医生：', '发热超过3天。', '立即拨打120：', '抽搐。']);
    const jaundice = expandContentDirective('{{red-flags:jaundice}}', data) as { nodes: (Paragraph | List)[] };
    expect(jaundice.nodes.map(textOf)).toEqual(['当天就要看医生：', '出生后24小时内就发黄。']);
  });

  it('fails on an unknown topic and on a directive inside other words', () => {
    expect(expandContentDirective('{{red-flags:cough}}', data)).toEqual({ error: expect.stringContaining('unknown red-flag topic') });
    expect(expandContentDirective('见下：{{red-flags:fever}}', data)).toEqual({ error: expect.stringContaining('paragraph on its own') });
  });

  it('leaves ordinary paragraphs and schedule tokens alone', () => {
    expect(expandContentDirective('打麻腮风疫苗的时间是{{dose:mmr:1}}。', data)).toBeUndefined();
    expect('{{warning-signs:18}} {{red-flags:fever}}'.match(CONTENT_DIRECTIVE)).toHaveLength(2);
  });
});
