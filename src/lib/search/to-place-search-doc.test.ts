import { describe, expect, it } from 'vitest';
import { toPlaceSearchDoc } from './to-place-search-doc';

describe('toPlaceSearchDoc', () => {
  it('indexes name, kind, district and address, with pinyin of the name without the sample mark', () => {
    const syllables: Record<string, string[]> = { 相山: ['xiang', 'shan'], 相山区: ['xiang', 'shan', 'qu'], 母婴室: ['mu', 'ying', 'shi'] };
    const doc = toPlaceSearchDoc({ id: 'room-1', name: '示例·相山', district: 'xiangshan', address: '人民路1号', kind: 'room' }, { kind: '母婴室', district: '相山区' }, (han) => syllables[han] ?? []);
    expect(doc).toEqual({
      id: 'p:room-1',
      kind: 'place',
      title: '示例·相山',
      url: '/places/room-1/',
      summary: '母婴室 · 相山区 人民路1号',
      district: 'xiangshan',
      placeKind: 'room',
      text: '母婴室 相山区 人民路1号',
      pinyin: 'xiangshan xs xiangshanqu xsq muyingshi mys',
    });
  });
  it('says first, in words, that a place is not operating', () => {
    const doc = toPlaceSearchDoc({ id: 'centre-1', name: '示例·某园', district: 'xiangshan', address: '人民路2号', kind: 'centre' }, { kind: '托育机构', district: '相山区', status: '暂停服务' }, () => []);
    expect(doc.summary).toBe('暂停服务 · 托育机构 · 相山区 人民路2号');
  });
});
