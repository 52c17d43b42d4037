// The one reducer over the stored children (/my-child/): every change a parent makes is an action here, so the page's
// components never mutate the store and the rules (one child selected, lists as sets) live in one tested place.
// Pure: no DOM, no storage; ChildApp.tsx saves what this returns.
import { CHILD_STORE_VERSION, type ChildProfile, type ChildStore, type GrowthRecord } from '../../lib/child-profile/child-store';

export type ChildAction =
  | { type: 'select'; childId: string }
  /** Adds a new child, or replaces the one with the same id; keeps the lists another tab may have changed meanwhile. */
  | { type: 'saveProfile'; profile: ChildProfile }
  | { type: 'removeChild'; childId: string }
  | { type: 'deleteAll' }
  | { type: 'replaceAll'; store: ChildStore }
  | { type: 'setDoseGiven'; childId: string; doseKey: string; given: boolean }
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
      const merged: ChildProfile = { ...action.profile, milestones: current.milestones, givenDoses: current.givenDoses, growth: current.growth };
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
      return updateChild(store, action.childId, (c) => ({ ...c, givenDoses: toggled(c.givenDoses, action.doseKey, action.given) }));
    case 'setMilestone':
      return updateChild(store, action.childId, (c) => ({ ...c, milestones: toggled(c.milestones, action.milestoneId, action.done) }));
    case 'addGrowth':
      return updateChild(store, action.childId, (c) => ({ ...c, growth: [...c.growth, action.record] }));
    case 'removeGrowth':
      return updateChild(store, action.childId, (c) => ({ ...c, growth: c.growth.filter((g) => g.id !== action.recordId) }));
  }
}
