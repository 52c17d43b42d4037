import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, monthsBetween, parseCivilDate, toCivilDate } from './civil-date';

describe('parseCivilDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(parseCivilDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCivilDate('2023-02-29')).toBeUndefined();
    expect(parseCivilDate('2023-13-01')).toBeUndefined();
    expect(parseCivilDate('2023-1-01')).toBeUndefined();
    expect(parseCivilDate('')).toBeUndefined();
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', 6)).toBe('2024-09-30');
  });
  it('crosses years both ways', () => {
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2025-02-15', -3)).toBe('2024-11-15');
    expect(addMonths('2020-06-01', 72)).toBe('2026-06-01');
  });
});

describe('addDays and daysBetween', () => {
  it('are inverse', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });
});

describe('monthsBetween', () => {
  it('counts completed months, month ends included', () => {
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-05-10', '2024-12-09')).toBe(6);
    expect(monthsBetween('2024-05-10', '2024-12-10')).toBe(7);
    expect(monthsBetween('2024-12-10', '2024-05-10')).toBe(-7);
  });
});

describe('toCivilDate', () => {
  it('uses Asia/Shanghai whatever the instant', () => {
    // 2024-12-31 17:00 UTC is already 1 January in Shanghai.
    expect(toCivilDate(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(toCivilDate(new Date('2024-12-31T15:59:00Z'))).toBe('2024-12-31');
  });
});
