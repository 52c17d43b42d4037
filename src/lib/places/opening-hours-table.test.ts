import { describe, expect, it } from 'vitest';
import { toOpeningHoursTable } from './expand-opening-hours';
import { findOpeningHoursTableError, fromWireHours, toWireHours } from './opening-hours-table';

describe('the wire form of an opening-hours table', () => {
  it.each(['Mo-Fr 08:00-17:00; PH off', 'Jan-Jun Mo-Fr 08:00-12:00 "预约", 14:00-18:00; Jul-Dec 8:00-17:00; PH 09:00-12:00', '24/7', 'Fr 20:00-02:00'])('round-trips %s', (hours) => {
    const table = toOpeningHoursTable({ hours, holidays: 'unknown', makeUpWorkdays: 'workday' });
    expect(fromWireHours(JSON.parse(JSON.stringify(toWireHours(table))))).toEqual(table);
  });

  it('is small: one weekday row is stored once', () => {
    const wire = toWireHours(toOpeningHoursTable({ hours: 'Mo-Fr 08:00-17:00', holidays: 'closed', makeUpWorkdays: 'workday' }));
    expect(JSON.stringify(wire)).toBe('[[[480,1020,0],[]],[[4095,0,0,0,0,0,1,1]],0,0,[]]');
  });

  it('refuses damaged tables', () => {
    expect(() => fromWireHours([[[1020, 480, 0]], [[4095, 0, 0, 0, 0, 0, 0, 0]], 0, 0, []])).toThrow(/bad week rows/);
    expect(() => fromWireHours([[[]], [[63, 0, 0, 0, 0, 0, 0, 0]], 0, 0, []])).toThrow(/months missing/);
    expect(() => fromWireHours([[[]], [[4095, 0, 0, 0, 0, 0, 0, 0]], 7, 0, []])).toThrow(/bad row 4/);
    expect(findOpeningHoursTableError({ weeks: [], holidays: 'closed', makeUpWorkdays: 'workday', notes: [] })).toBe('no weeks');
  });
});
