// The events list (/events/, and the short lists on the home and band pages): decides past / now /
// today / this week against the device clock in Asia/Shanghai, so a page built days ago is still
// right, applies the filters from the URL, puts events that are off after the ones that go ahead,
// says when this week has nothing and names the next event, and makes the month grid follow the
// filters. The decisions are planEventBoard's (src/lib/events/); this file applies them to the page.
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { Messages } from '../../lib/i18n/translate';
import { selectCurrentMonths } from '../../lib/events/calendar-months';
import { parseEventFilters, toEventFilterQuery, type EventFilters } from '../../lib/events/event-filters';
import { formatEventTime, toEventDay } from '../../lib/events/event-times';
import { planEventBoard, type BoardEvent, type EventBoardPlan } from '../../lib/events/plan-event-board';

/** The messages the board shows, already translated. */
type BoardMessageKey = 'events.filter.count' | 'events.count.withOff' | 'events.week.empty' | 'events.week.emptyAll' | 'events.week.off' | 'events.week.offAll';

/** Passed from EventsBoard.astro in one `data-config` attribute. */
export interface EventsBoardConfig {
  /** Values the URL filters may take. */
  allowed: { districts: string[]; types: string[]; audiences: string[] };
  /** Short lists: show at most this many upcoming events that go ahead. */
  limit: number | undefined;
  messages: Messages<BoardMessageKey>;
}

type Filters = Record<string, string | undefined>;

class EventsBoard extends HTMLElement {
  private config!: EventsBoardConfig;

  connectedCallback() {
    this.config = JSON.parse(this.dataset['config'] ?? '{}') as EventsBoardConfig;
    const filters = parseEventFilters(location.search, this.config.allowed);
    const form = this.querySelector('form');
    if (form && this.wireForm(form, filters)) return;
    this.render(filters);
  }

  /** Puts the URL's filters into the form and makes each choice a new URL. True when it navigates away at once. */
  private wireForm(form: HTMLFormElement, filters: EventFilters): boolean {
    const { allowed } = this.config;
    // A choice made before this script ran (a slow phone) wins over the URL, and is applied.
    let choseEarly = false;
    for (const select of form.querySelectorAll('select')) {
      const fromUrl = (filters as Filters)[select.name] ?? '';
      const initial = [...select.options].find((o) => o.defaultSelected)?.value ?? '';
      if (select.value !== initial && select.value !== fromUrl) choseEarly = true;
      else select.value = fromUrl;
    }
    const date = form.elements.namedItem('date');
    if (date instanceof HTMLInputElement) date.value = filters.date ?? '';
    // Back to a page kept in memory: its fields still show the choice made when leaving it.
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      for (const select of form.querySelectorAll('select')) select.value = (filters as Filters)[select.name] ?? '';
    });
    // Each choice is a new URL (shareable, back button works), without the empty fields.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = Object.fromEntries([...new FormData(form)].filter((entry): entry is [string, string] => entry[1] !== ''));
      location.assign(`${form.action}${toEventFilterQuery(parseEventFilters(new URLSearchParams(chosen).toString(), allowed))}`);
    });
    form.querySelectorAll('select').forEach((s) => s.addEventListener('change', () => form.requestSubmit()));
    if (choseEarly) form.requestSubmit();
    return choseEarly;
  }

  private render(filters: EventFilters) {
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-event]')];
    const events = items.map((li): BoardEvent => {
      const d = li.dataset;
      return {
        start: d['start'] ?? '',
        end: d['end'] ?? '',
        weeklyCount: d['weekly'] ? Number(d['weekly']) : undefined,
        district: d['district'] ?? '',
        bands: (d['bands'] ?? '').split(' '),
        type: d['type'] ?? '',
        audiences: (d['audiences'] ?? '').split(' '),
        off: d['off'] !== undefined,
      };
    });
    const plan = planEventBoard(events, { now: new Date(), filters, limit: this.config.limit });
    for (const placed of plan.placed) {
      const li = items[placed.index] as HTMLLIElement;
      const section = placed.group === 'now' ? 'today' : placed.group;
      // Appending in plan order sorts each list; a short list has no archive, so past items stay put (hidden).
      this.querySelector(`[data-group="${section}"] ul`)?.append(li);
      li.hidden = !placed.visible;
      const live = li.querySelector<HTMLElement>('[data-live]');
      if (live) live.hidden = placed.group !== 'now' || placed.off;
      const when = li.querySelector('[data-when]');
      if (when && placed.occurrence) when.textContent = formatEventTime(placed.occurrence.start, placed.occurrence.end);
    }
    this.querySelectorAll<HTMLElement>('section[data-group]').forEach((s) => (s.hidden = !s.querySelector('li[data-event]:not([hidden])')));
    const upcoming = plan.counts.goingAhead + plan.counts.off;
    const none = this.querySelector<HTMLElement>('[data-none]');
    if (none) none.hidden = upcoming > 0;
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = fillTemplate(this.config.messages[plan.counts.off > 0 ? 'events.count.withOff' : 'events.filter.count'], { count: plan.counts.goingAhead, off: plan.counts.off });
    this.renderWeekNote(plan, items, filters);
    this.renderMonthGrid(plan, filters);
  }

  /** 本周没有符合条件的活动，下一场：… — when nothing this week goes ahead. */
  private renderWeekNote(plan: EventBoardPlan, items: HTMLLIElement[], filters: EventFilters) {
    const note = this.querySelector<HTMLElement>('[data-week-note]');
    if (!note) return;
    const { state, next } = plan.week;
    note.hidden = state === 'some' || (state === 'empty' && !next);
    if (note.hidden) return;
    const filtered = Object.values(filters).some(Boolean);
    const key = state === 'off' ? (filtered ? 'events.week.off' : 'events.week.offAll') : filtered ? 'events.week.empty' : 'events.week.emptyAll';
    note.querySelector('[data-week-text]')!.textContent = this.config.messages[key];
    const nextLine = note.querySelector<HTMLElement>('[data-week-next]')!;
    nextLine.hidden = !next;
    if (!next?.occurrence) return;
    const source = items[next.index]?.querySelector('h3 a');
    const link = nextLine.querySelector('a')!;
    link.textContent = source?.textContent ?? '';
    link.href = source?.getAttribute('href') ?? '/events/';
    nextLine.querySelector('[data-next-when]')!.textContent = formatEventTime(next.occurrence.start, next.occurrence.end);
  }

  /** The month grids count the sessions that match the filters (the date aside); each day link keeps them. A month that is over is hidden. */
  private renderMonthGrid(plan: EventBoardPlan, filters: EventFilters) {
    const grids = [...this.querySelectorAll<HTMLElement>('table[data-month]')];
    const shown = selectCurrentMonths(
      grids.map((g) => g.dataset['month'] ?? ''),
      toEventDay(new Date()),
    );
    for (const grid of grids) grid.hidden = !shown.includes(grid.dataset['month'] ?? '');
    const { date: _date, ...rest } = filters;
    for (const cell of this.querySelectorAll<HTMLElement>('td[data-day]')) {
      const day = cell.dataset['day'] ?? '';
      const sessions = plan.dayCounts[day] ?? 0;
      const link = cell.querySelector('a');
      const plain = cell.querySelector<HTMLElement>('[data-plain]');
      if (!link || !plain) continue;
      link.hidden = sessions === 0;
      plain.hidden = sessions > 0;
      link.querySelector('[data-sessions]')!.textContent = String(sessions);
      link.href = `/events/${toEventFilterQuery({ ...rest, date: day })}`;
      if (filters.date === day) link.setAttribute('aria-current', 'date');
      else link.removeAttribute('aria-current');
    }
  }
}

export function defineEventsBoard() {
  if (!customElements.get('yt-events-board')) customElements.define('yt-events-board', EventsBoard);
}
