import { fillTemplate } from '../i18n/fill-template';
import type { OpenNote, OpenState } from './open-now';

/** The UI strings `describeOpenState` reads (pass them to the browser with the page's messages). */
export const OPEN_STATE_MESSAGE_KEYS = [
  'finder.open.open',
  'finder.open.openNoEnd',
  'finder.open.closed',
  'finder.open.unknown',
  'finder.note.holiday',
  'finder.note.makeUp',
  'finder.note.noHolidayData',
  'finder.note.holidayUnknown',
  'finder.note.comment',
  'finder.note.unconfirmed',
] as const;

type Messages = Partial<Record<string, string>>;

function noteText(note: OpenNote, m: Messages): string {
  switch (note.kind) {
    case 'holiday':
      return fillTemplate(m['finder.note.holiday'] ?? '', { name: note.name });
    case 'make-up-workday':
      return fillTemplate(m['finder.note.makeUp'] ?? '', { name: note.name });
    case 'holiday-unknown':
      return fillTemplate(m['finder.note.holidayUnknown'] ?? '', { name: note.name });
    case 'no-holiday-data':
      return m['finder.note.noHolidayData'] ?? '';
    case 'comment':
      return fillTemplate(m['finder.note.comment'] ?? '', { text: note.text });
    case 'unconfirmed':
      return m['finder.note.unconfirmed'] ?? '';
  }
}

/**
 * "Open now" in words for a list item or a map popup: 现在开放，到 17:00（今天是国庆节假期）.
 * `messages` are the already-translated strings of OPEN_STATE_MESSAGE_KEYS.
 */
export function describeOpenState(state: OpenState, messages: Messages): string {
  const main =
    state.state === 'open'
      ? state.until
        ? fillTemplate(messages['finder.open.open'] ?? '', { until: state.until })
        : (messages['finder.open.openNoEnd'] ?? '')
      : (messages[`finder.open.${state.state}`] ?? '');
  const note = state.note ? noteText(state.note, messages) : '';
  return note ? `${main}（${note}）` : main;
}
