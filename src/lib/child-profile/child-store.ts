import type { CivilDate } from '../age/civil-date';

/** The one localStorage key that holds every child profile on this device. */
export const CHILD_STORE_KEY = 'yuertong.children';
/** Where unreadable data is set aside (never deleted silently), so a parent can still save it. */
export const CHILD_STORE_UNREADABLE_KEY = 'yuertong.children.unreadable';
/**
 * The current format. Version 1 was the single-child draft format; version 2 had no first-use vaccine answer,
 * parent-confirmed doses or vaccine choices (see `parseChildStore` for both migrations).
 */
export const CHILD_STORE_VERSION = 3;
/** Marks an exported file as ours. */
export const CHILD_EXPORT_APP = 'yuertong';

export type ChildSex = 'boy' | 'girl';

/** One measurement session: any of the three measurements, at least one. */
export interface GrowthRecord {
  id: string;
  date: CivilDate;
  weightKg?: number | undefined;
  /** Lying length before 24 months, standing height after (the form says which). */
  lengthCm?: number | undefined;
  headCm?: number | undefined;
}

/** One child (or one pregnancy) on this device. Exactly one of `birthDate` and `dueDate` is set. */
export interface ChildProfile {
  /** Random id, local to this device. */
  id: string;
  /** Optional nickname; '' when none. */
  nickname: string;
  birthDate?: CivilDate | undefined;
  /** During pregnancy: the due date (预产期). */
  dueDate?: CivilDate | undefined;
  /** Completed weeks of gestation at birth (22–44); under 37 gives a corrected age until 24 months. */
  gestationWeeks?: number | undefined;
  /** Needed only for the growth chart. */
  sex?: ChildSex | undefined;
  /** District id from the site config, to suggest nearby clinics; optional. */
  district?: string | undefined;
  /** Ticked milestone ids. */
  milestones: string[];
  /** Doses the parent marked as given, as `seriesId:dose`. */
  givenDoses: string[];
  /**
   * The parent's answer to the first-use question (were the vaccines due so far all given?), and the day it was
   * answered. Undefined = not answered yet: no dose is shown as overdue until it is.
   */
  vaccineAnswer?: { answer: 'all-given' | 'tick-each'; on: CivilDate } | undefined;
  /**
   * Dose keys recorded by answering 'all-given' (always a subset of `givenDoses`): shown as 家长确认, still editable.
   */
  parentConfirmedDoses: string[];
  /** Schedule choice id (`je`, `hepa`) → the chosen series id; absent = not chosen yet (按接种门诊安排). */
  vaccineChoices: Record<string, string>;
  growth: GrowthRecord[];
}

/** Everything stored under `CHILD_STORE_KEY`. */
export interface ChildStore {
  version: typeof CHILD_STORE_VERSION;
  /** The child shown; the first one when unset or unknown. */
  selectedId?: string | undefined;
  children: ChildProfile[];
}

/** An empty store. */
export function createEmptyStore(): ChildStore {
  return { version: CHILD_STORE_VERSION, children: [] };
}

/** The selected child, or the first, or undefined. */
export function findSelectedChild(store: ChildStore): ChildProfile | undefined {
  return store.children.find((c) => c.id === store.selectedId) ?? store.children[0];
}

/** The store as stored (and exported): stable JSON. */
export function serializeChildStore(store: ChildStore): string {
  return JSON.stringify({ app: CHILD_EXPORT_APP, ...store });
}
