// What every part of the /my-child/ island shares: the build-time data, the message lookup, today, and one way to
// change the store (through childReducer, then saved). Given by ChildApp.tsx.
import { createContext, useContext } from 'react';
import type { CivilDate } from '../../lib/age/civil-date';
import type { ChildData } from '../../lib/child-profile/child-data';
import type { ChildProfile } from '../../lib/child-profile/child-store';
import type { ImmunizationSchedule } from '../../schemas/schedule';
import type { ChildAction } from '../../lib/child-profile/child-reducer';

export type Messages = (key: string, params?: Record<string, string | number>) => string;

export interface ChildContextValue {
  data: ChildData;
  schedule: ImmunizationSchedule;
  m: Messages;
  today: CivilDate;
  /** Applies the action, saves, and says in the live region when it was not saved (or `status` when it was). */
  act: (action: ChildAction, status?: string) => void;
  /** Moves focus to the element with this id once the next render is on screen. */
  focusAfterRender: (id: string) => void;
  /** Opens the profile form (new or edit). */
  openForm: (mode: 'new' | 'edit') => void;
  /** Sets the live-region text. */
  say: (status: string) => void;
}

export const ChildContext = createContext<ChildContextValue | null>(null);

export function useChild(): ChildContextValue {
  const value = useContext(ChildContext);
  if (!value) throw new Error('ChildContext missing');
  return value;
}

export const childLabel = (m: Messages, child: ChildProfile) => child.nickname || m('child.unnamed');

export const newId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
