import { addDays, type CivilDate } from '../age/civil-date';
import type { ChildProfile, ChildStore } from './child-store';

// Checks a profile's dates against today. Kept apart from parsing: a stored profile that fails these checks is kept
// (the parent can correct or delete it), while an imported file that fails them is refused.

/** The furthest a due date can be ahead: about 44 weeks (a pregnancy is rarely noticed before 4 weeks). */
export const MAX_WEEKS_TO_DUE = 44;
/** Past this many weeks after the due date, the page asks whether the baby is born. */
export const WEEKS_PAST_DUE_TO_ASK = 4;

export type ChildProblemCode = 'birthInFuture' | 'dueTooFar' | 'growthBeforeBirth' | 'growthInFuture' | 'answerInFuture';

export interface ChildProblem {
  code: ChildProblemCode;
  /** The date that is wrong, to quote it to the parent. */
  date: CivilDate;
}

export interface ChildProfileCheck {
  /** Problems with the birth or due date: nothing can be computed from the profile until they are corrected. */
  dateProblems: ChildProblem[];
  /** Measurements dated outside the child's life; the rest of the profile still works. */
  growthProblems: ChildProblem[];
  /** The first-use vaccine answer dated after today (only possible in a hand-edited or foreign file). */
  vaccineProblems: ChildProblem[];
  /** A due date more than four weeks past: ask whether the baby is born. */
  askIfBorn: boolean;
}

/**
 * Checks a profile's dates against today.
 * @example checkChildProfile({ ...child, dueDate: '9999-12-31' }, '2026-03-15').dateProblems[0]?.code // 'dueTooFar'
 */
export function checkChildProfile(child: ChildProfile, today: CivilDate): ChildProfileCheck {
  const dateProblems: ChildProblem[] = [];
  if (child.birthDate !== undefined && child.birthDate > today) dateProblems.push({ code: 'birthInFuture', date: child.birthDate });
  if (child.dueDate !== undefined && child.dueDate > addDays(today, MAX_WEEKS_TO_DUE * 7)) dateProblems.push({ code: 'dueTooFar', date: child.dueDate });
  const growthProblems: ChildProblem[] = [];
  for (const record of child.growth) {
    if (record.date > today) growthProblems.push({ code: 'growthInFuture', date: record.date });
    else if (child.birthDate !== undefined && record.date < child.birthDate) growthProblems.push({ code: 'growthBeforeBirth', date: record.date });
  }
  const vaccineProblems: ChildProblem[] = child.vaccineAnswer && child.vaccineAnswer.on > today ? [{ code: 'answerInFuture', date: child.vaccineAnswer.on }] : [];
  const askIfBorn = child.dueDate !== undefined && dateProblems.length === 0 && child.dueDate < addDays(today, -WEEKS_PAST_DUE_TO_ASK * 7);
  return { dateProblems, growthProblems, vaccineProblems, askIfBorn };
}

/** True when the profile's dates can be computed with (the timeline and the home summary show it). */
export function isProfileUsable(child: ChildProfile, today: CivilDate): boolean {
  return checkChildProfile(child, today).dateProblems.length === 0;
}

/**
 * The first problem in a store, with the index of its child: an imported file with any problem is refused.
 * @example findStoreProblem(imported, today) // { childIndex: 0, code: 'dueTooFar', date: '9999-12-31' }
 */
export function findStoreProblem(store: ChildStore, today: CivilDate): (ChildProblem & { childIndex: number }) | undefined {
  for (const [childIndex, child] of store.children.entries()) {
    const check = checkChildProfile(child, today);
    const problem = check.dateProblems[0] ?? check.growthProblems[0] ?? check.vaccineProblems[0];
    if (problem) return { ...problem, childIndex };
  }
  return undefined;
}

/** The checks the add/edit form applies to the date it is given. */
export type FormDateProblem = 'birthInFuture' | 'birthTooOld' | 'dueTooFar' | 'dueLongPast';

/**
 * Checks the date typed into the form: a birth date not after today and at most 7 years ago; a due date at most
 * 44 weeks ahead and at most 4 weeks past (later than that, the baby is most likely born: the form asks).
 */
export function checkFormDate(kind: 'born' | 'expecting', date: CivilDate, today: CivilDate): FormDateProblem | undefined {
  if (kind === 'born') {
    if (date > today) return 'birthInFuture';
    if (date < addDays(today, -7 * 366)) return 'birthTooOld';
    return undefined;
  }
  if (date > addDays(today, MAX_WEEKS_TO_DUE * 7)) return 'dueTooFar';
  if (date < addDays(today, -WEEKS_PAST_DUE_TO_ASK * 7)) return 'dueLongPast';
  return undefined;
}
