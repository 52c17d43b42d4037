import { describe, expect, it } from 'vitest';
import { loadCheckupSchedule, loadImmunizationSchedule } from '../../../tests/unit/load-content';
import { expandScheduleTokens } from './expand-schedule-tokens';
import { createScheduleTokenResolver } from './resolve-schedule-token';

const resolve = createScheduleTokenResolver(loadImmunizationSchedule(), loadCheckupSchedule(), '2026-12-03');

describe('createScheduleTokenResolver', () => {
  it('gives the age of a dose in the programme in force and of a check-up visit', () => {
    expect(expandScheduleTokens('{{dose:mmr:1}}接种', resolve)).toEqual({ text: '8月龄接种', unknown: [] });
    expect(resolve('checkup', 'm6', undefined)).toBe('6月龄');
  });

  it('leaves a dose, series or visit the schedules do not have unresolved', () => {
    expect(expandScheduleTokens('{{dose:mmr:9}}，{{dose:zzz:1}}，{{dose:mmr}}，{{checkup:m99}}', resolve).unknown).toEqual([
      '{{dose:mmr:9}}',
      '{{dose:zzz:1}}',
      '{{dose:mmr}}',
      '{{checkup:m99}}',
    ]);
  });
});
