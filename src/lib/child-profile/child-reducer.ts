// The one reducer over the stored children (/my-child/): every change a parent makes is an action here, so the page's
// components never mutate the store and the rules (one child selected, lists as sets) live in one tested place.
// Pure: no DOM, no storage; src/components/child/ChildApp.tsx saves what this returns.
import type { CivilDate } from '../age/civil-date';
import { answerVaccineQuestion } from './answer-vaccine-question';
import type { TimelineDose } from './build-vaccine-timeline';
import { CHILD_STORE_VERSION, type ChildProfile, type ChildStore, type GrowthRecord } from './child-store';
import { chooseVaccineAlternative } from './choose-vaccine-alternative';
import { setDoseGiven } from './set-dose-given';
import type { ImmunizationSchedule } from '../../schemas/schedule';

export type ChildAction =
  | { type: 'select'; childId: string }
  /** Adds a new child, or replaces the one with the same id; keeps the lists another tab may have changed meanwhile. */
  | { type: 'saveProfile'; profile: ChildProfile }
  | { type: 'removeChild'; childId: string }
  | { type: 'deleteAll' }
  | { type: 'replaceAll'; store: ChildStore }
  | { type: 'setDoseGiven'; childId: string; doseKey: string; given: boolean }
  /** The first-use question: 是的，都按时打了 marks the doses due so far as given (家长确认); the other answer only records it. */
  | { type: 'answerVaccines'; childId: string; answer: 'all-given' | 'tick-each'; timeline: readonly TimelineDose[]; today: CivilDate }
  /** Which of two alternatives (乙脑, 甲肝) the clinic gave; undefined goes back to 按接种门诊安排. */
  | { type: 'chooseAlternative'; childId: string; choiceId: string; seriesId: string | undefined; schedule: Pick<ImmunizationSchedule, 'series'> }
  | { type: 'setMilestone'; childId: string; milestoneId: string; done: boolean }
  | { type: 'addGrowth'; childId: string; record: GrowthRecord }
  | { type: 'removeGrowth'; childId: string; recordId: string };

const toggled = (list: readonly string[], item: string, on: boolean): string[] => {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return [...set];
};

function updateChild(store: ChildStore, childId: string, change: (c: ChildProfile) => ChildProfile): ChildStore {
  return { ...store, children: store.children.map((c) => (c.id === childId ? change(c) : c)) };
}

export function childReducer(store: ChildStore, action: ChildAction): ChildStore {
  switch (action.type) {
    case 'select':
      return store.children.some((c) => c.id === action.childId) ? { ...store, selectedId: action.childId } : store;
    case 'saveProfile': {
      const current = store.children.find((c) => c.id === action.profile.id);
      if (!current) return { ...store, children: [...store.children, action.profile], selectedId: action.profile.id };
      // The form edits only the profile's own fields: the checklists and records stay as they are now.
      const merged: ChildProfile = {
        ...action.profile,
        milestones: current.milestones,
        givenDoses: current.givenDoses,
        growth: current.growth,
        vaccineAnswer: current.vaccineAnswer,
        parentConfirmedDoses: current.parentConfirmedDoses,
        vaccineChoices: current.vaccineChoices,
      };
      return { ...updateChild(store, current.id, () => merged), selectedId: current.id };
    }
    case 'removeChild': {
      const children = store.children.filter((c) => c.id !== action.childId);
      return { ...store, children, selectedId: children[0]?.id };
    }
    case 'deleteAll':
      return { version: CHILD_STORE_VERSION, children: [] };
    case 'replaceAll':
      return action.store;
    case 'setDoseGiven':
      return updateChild(store, action.childId, (c) => setDoseGiven(c, action.doseKey, action.given));
    case 'answerVaccines':
      return updateChild(store, action.childId, (c) => answerVaccineQuestion(c, action.answer, action.timeline, action.today));
    case 'chooseAlternative':
      return updateChild(store, action.childId, (c) => chooseVaccineAlternative(c, action.choiceId, action.seriesId, action.schedule));
    case 'setMilestone':
      return updateChild(store, action.childId, (c) => ({ ...c, milestones: toggled(c.milestones, action.milestoneId, action.done) }));
    case 'addGrowth':
      return updateChild(store, action.childId, (c) => ({ ...c, growth: [...c.growth, action.record] }));
    case 'removeGrowth':
      return updateChild(store, action.childId, (c) => ({ ...c, growth: c.growth.filter((g) => g.id !== action.recordId) }));
  }
}
