import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../age/civil-date';
import { CHILD_STORE_VERSION, type ChildProfile, type ChildStore } from './child-store';
import { checkChildProfile, checkFormDate, findStoreProblem, isProfileUsable } from './validate-child-profile';

const TODAY = '2026-03-15';
const child = (extra: Partial<ChildProfile>): ChildProfile => ({ id: 'a', nickname: '', milestones: [], givenDoses: [], parentConfirmedDoses: [], vaccineChoices: {}, growth: [], ...extra });
// Any civil date from 1900 to 2199.
const anyDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('checkChildProfile', () => {
  it('flags a first-use vaccine answer dated after today, and an import with one is refused', () => {
    const later = child({ birthDate: '2025-08-10', vaccineAnswer: { answer: 'all-given', on: '2026-03-16' } });
    expect(checkChildProfile(later, TODAY).vaccineProblems).toEqual([{ code: 'answerInFuture', date: '2026-03-16' }]);
    expect(isProfileUsable(later, TODAY)).toBe(true);
    expect(findStoreProblem({ version: CHILD_STORE_VERSION, children: [later] }, TODAY)).toMatchObject({ childIndex: 0, code: 'answerInFuture' });
    expect(checkChildProfile({ ...later, vaccineAnswer: { answer: 'all-given', on: TODAY } }, TODAY).vaccineProblems).toEqual([]);
  });

  it('rejects a due date of 9999-12-31 and a birth date after today', () => {
    expect(checkChildProfile(child({ dueDate: '9999-12-31' }), TODAY).dateProblems).toEqual([{ code: 'dueTooFar', date: '9999-12-31' }]);
    expect(checkChildProfile(child({ birthDate: '2026-03-16' }), TODAY).dateProblems[0]?.code).toBe('birthInFuture');
    expect(isProfileUsable(child({ birthDate: TODAY }), TODAY)).toBe(true);
  });

  it('accepts a due date up to 44 weeks ahead, and asks whether the baby is born 4 weeks after it', () => {
    expect(isProfileUsable(child({ dueDate: addDays(TODAY, 44 * 7) }), TODAY)).toBe(true);
    expect(isProfileUsable(child({ dueDate: addDays(TODAY, 44 * 7 + 1) }), TODAY)).toBe(false);
    expect(checkChildProfile(child({ dueDate: addDays(TODAY, -28) }), TODAY).askIfBorn).toBe(false);
    expect(checkChildProfile(child({ dueDate: addDays(TODAY, -29) }), TODAY).askIfBorn).toBe(true);
  });

  it('flags measurements before birth or after today, without making the profile unusable', () => {
    const check = checkChildProfile(child({ birthDate: '2025-08-10', growth: [{ id: 'g1', date: '2025-08-09', weightKg: 3 }, { id: 'g2', date: '2026-03-16', weightKg: 8 }, { id: 'g3', date: '2025-08-10', weightKg: 3 }] }), TODAY);
    expect(check.growthProblems.map((p) => p.code)).toEqual(['growthBeforeBirth', 'growthInFuture']);
    expect(check.dateProblems).toEqual([]);
  });

  it('property: a born child is usable exactly when the birth date is not after today', () => {
    fc.assert(fc.property(anyDate, anyDate, (birthDate, today) => {
        expect(isProfileUsable(child({ birthDate }), today)).toBe(birthDate <= today);
      }));
  });

  it('property: a measurement is flagged exactly when it is outside birth..today', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (birthDate, date, today) => {
        const check = checkChildProfile(child({ birthDate, growth: [{ id: 'g', date, weightKg: 5 }] }), today);
        expect(check.growthProblems.length === 1).toBe(date < birthDate || date > today);
      }),
    );
  });

  it('property: a due date is usable exactly when it is at most 44 weeks ahead', () => {
    fc.assert(fc.property(anyDate, anyDate, (dueDate, today) => {
        expect(isProfileUsable(child({ dueDate }), today)).toBe(dueDate <= addDays(today, 308));
      }));
  });
});

describe('findStoreProblem', () => {
  it('names the child with the first problem', () => {
    const store: ChildStore = { version: CHILD_STORE_VERSION, children: [child({ birthDate: '2025-01-01' }), child({ id: 'b', dueDate: '9999-12-31' })] };
    expect(findStoreProblem(store, TODAY)).toEqual({ childIndex: 1, code: 'dueTooFar', date: '9999-12-31' });
    expect(findStoreProblem({ version: CHILD_STORE_VERSION, children: [child({ birthDate: '2025-01-01' })] }, TODAY)).toBeUndefined();
  });
});

describe('checkFormDate', () => {
  it('checks a typed birth or due date', () => {
    expect(checkFormDate('born', '2026-03-16', TODAY)).toBe('birthInFuture');
    expect(checkFormDate('born', '2015-01-01', TODAY)).toBe('birthTooOld');
    expect(checkFormDate('born', TODAY, TODAY)).toBeUndefined();
    expect(checkFormDate('expecting', '9999-12-31', TODAY)).toBe('dueTooFar');
    expect(checkFormDate('expecting', '2026-02-01', TODAY)).toBe('dueLongPast');
    expect(checkFormDate('expecting', '2026-10-01', TODAY)).toBeUndefined();
  });

  it('property: every accepted due date is within 4 weeks past and 44 weeks ahead', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (date, today) => {
        if (checkFormDate('expecting', date, today) === undefined) expect(date >= addDays(today, -28) && date <= addDays(today, 308)).toBe(true);
      }),
    );
  });
});
