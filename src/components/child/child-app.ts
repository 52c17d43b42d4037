// The on-device child timeline (/my-child/): a custom element over pure functions from src/lib/child-profile.
// Everything about the child stays in this browser: the only requests are for the build-time data
// (/my-child/data.json, /my-child/growth.json), which carry nothing about the child.
import type { AgeBandId } from '../../lib/age/age-bands';
import { fillTemplate } from '../../lib/i18n/fill-template';
import { addDays, parseCivilDate, toCivilDate, type CivilDate } from '../../lib/age/civil-date';
import { buildChildCalendarEvents, CHILD_CALENDAR_MESSAGE_KEYS, type ChildCalendarMessages } from '../../lib/child-profile/build-child-calendar';
import { answerVaccineQuestion } from '../../lib/child-profile/answer-vaccine-question';
import { chooseVaccineAlternative } from '../../lib/child-profile/choose-vaccine-alternative';
import { setDoseGiven } from '../../lib/child-profile/set-dose-given';
import { buildCheckupTimeline, buildPrenatalTimeline, type TimelineVisit } from '../../lib/child-profile/build-checkup-timeline';
import { buildGrowthChart } from '../../lib/child-profile/build-growth-chart';
import { buildVaccineTimeline, type TimelineDose } from '../../lib/child-profile/build-vaccine-timeline';
import { fromImmunizationJson, type ChildData } from '../../lib/child-profile/child-data';
import { CHILD_STORE_VERSION, findSelectedChild, serializeChildStore, type ChildProfile, type ChildStore } from '../../lib/child-profile/child-store';
import { mergeChildStores } from '../../lib/child-profile/merge-child-stores';
import { parseChildStore } from '../../lib/child-profile/parse-child-store';
import type { StoreLoadPlan } from '../../lib/child-profile/plan-child-storage';
import { checkChildProfile, checkFormDate, findStoreProblem, type ChildProblem } from '../../lib/child-profile/validate-child-profile';
import { placeGrowthRecords, toPercentileLinesAt, type GrowthIndicator, type GrowthStandard, type GrowthTables } from '../../lib/child-profile/place-growth-records';
import { toChildAge, toPregnancyWeeks } from '../../lib/child-profile/to-child-age';
import { formatChineseDate } from '../../lib/content/format-date';
import { toBandWarningRows } from '../../lib/milestones/to-band-warning-rows';
import { findNextOccurrence, formatEventTime } from '../../lib/events/event-times';
import { distanceMetres } from '../../lib/geo/convert-coordinates';
import { parseGrowthTable, type GrowthTable } from '../../lib/growth/parse-growth-table';
import { buildICalendar } from '../../lib/ical/build-icalendar';
import type { ImmunizationSchedule } from '../../schemas/schedule';
import { discardUnreadable, downloadText, loadStore, readUnreadable, saveStore, watchStore } from './child-storage';
import { h, svg } from './dom';
import { BUILD_ID, toBuildDataUrl } from '../../lib/site/build-data-url';

interface State {
  data: ChildData;
  schedule: ImmunizationSchedule;
  store: ChildStore;
  /** What was stored when this tab last read or wrote: the base of the merge before every write. */
  baseline: ChildStore;
  /** What loading found: whether writing is allowed, newer or unreadable data to tell the parent about. */
  load: StoreLoadPlan;
  migrated: boolean;
  /** Shown after an action, in the live region. */
  status: string;
  editing: 'new' | 'edit' | undefined;
  formError: string;
  standard: GrowthStandard;
  indicator: GrowthIndicator;
  tables: GrowthTables | undefined;
  tablesState: 'idle' | 'loading' | 'failed';
  nearMe: [number, number] | undefined;
}

const newId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

class ChildApp extends HTMLElement {
  private state: State | undefined;
  private root: HTMLElement | null = null;
  private live: HTMLElement | null = null;

  async connectedCallback() {
    this.root = this.querySelector('[data-root]');
    this.live = this.querySelector('[data-live]');
    try {
      const response = await fetch(toBuildDataUrl('/my-child/data.json', BUILD_ID));
      if (!response.ok) throw new Error(String(response.status));
      const data = (await response.json()) as ChildData;
      const load = loadStore();
      const store = load.store;
      this.state = {
        data,
        schedule: fromImmunizationJson(data.immunization),
        store,
        baseline: structuredClone(store),
        load,
        migrated: load.migrated,
        status: '',
        editing: store.children.length === 0 && load.writable ? 'new' : undefined,
        formError: '',
        standard: 'chinese',
        indicator: 'weight',
        tables: undefined,
        tablesState: 'idle',
        nearMe: undefined,
      };
      this.render();
      watchStore(() => this.reload());
    } catch {
      this.querySelector('[data-loading]')?.setAttribute('hidden', '');
      this.querySelector('[data-failed]')?.removeAttribute('hidden');
    }
  }

  private m(key: string, params: Record<string, string | number> = {}): string {
    return fillTemplate(this.state?.data.messages[key] ?? key, params);
  }

  private today(): CivilDate {
    return toCivilDate(new Date());
  }

  private label(child: ChildProfile): string {
    return child.nickname || this.m('child.unnamed');
  }

  /**
   * Writes this tab's changes, merged into what is stored now; returns '' when saved, or the message saying it was
   * not. Unsaved changes stay on screen (and are written with the next save that succeeds).
   */
  private persist(): string {
    const s = this.state;
    if (!s) return '';
    if (!s.load.writable) return this.m('child.notSavedReadOnly');
    const outcome = saveStore(s.store, s.baseline);
    if (outcome.kind === 'failed') return this.m('child.storageFailed');
    if (outcome.kind === 'blocked') {
      this.reload(false);
      return this.m('child.notSavedReadOnly');
    }
    s.store = outcome.store;
    s.baseline = structuredClone(outcome.store);
    return '';
  }

  /** Saves and re-renders, keeping focus on the control that was used (by id) or moving it to `focusId`. */
  private commit(status = '', focusId?: string) {
    const s = this.state;
    if (!s) return;
    s.status = this.persist() || status;
    this.render(focusId);
  }

  /** Re-reads storage (another tab wrote, or a notice was acted on), keeping this tab's unsaved changes. */
  private reload(render = true) {
    const s = this.state;
    if (!s) return;
    const load = loadStore();
    s.store = mergeChildStores(load.store, s.store, s.baseline);
    s.baseline = structuredClone(load.store);
    s.load = load;
    if (!load.writable && s.editing === 'new') s.editing = undefined;
    // A form being filled in is not rebuilt under the parent's fingers; the merged data shows when it is saved.
    if (render && !s.editing) this.render();
  }

  /** Runs one part of the page; a part that fails says so and never takes the rest of the page (or its data tools) with it. */
  private safely(part: () => HTMLElement[]): HTMLElement[] {
    try {
      return part();
    } catch {
      return [h('p', { class: 'yt-notice' }, this.m('child.sectionFailed'))];
    }
  }

  private render(focusId?: string) {
    const s = this.state;
    const root = this.root;
    if (!s || !root) return;
    const activeId = focusId ?? (document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement.id : '');
    const child = findSelectedChild(s.store);
    // The data tools (export, import, delete) are built first and always shown, whatever the stored values.
    const dataTools = this.safely(() => [this.renderDataTools()]);
    root.replaceChildren(
      ...this.safely(() => this.renderNotice()),
      ...this.safely(() => (s.store.children.length > 1 || (child && !s.editing) ? [this.renderSwitcher()] : [])),
      ...this.safely(() => (s.editing ? [this.renderForm(s.editing === 'edit' ? child : undefined)] : [])),
      ...this.safely(() => (child && !s.editing ? this.renderChild(child) : [])),
      ...dataTools,
    );
    this.querySelector('[data-loading]')?.setAttribute('hidden', '');
    if (this.live) this.live.textContent = s.status;
    if (activeId) document.getElementById(activeId)?.focus();
  }

  private renderNotice(): HTMLElement[] {
    const s = this.state;
    if (!s) return [];
    const notices: HTMLElement[] = [];
    if (s.migrated) notices.push(h('p', { class: 'yt-notice' }, this.m('child.migrated')));
    if (s.load.newerVersion !== undefined) {
      notices.push(
        h(
          'div',
          { class: 'yt-notice yt-notice--danger', role: 'alert', 'data-newer': true },
          h('p', {}, this.m('child.newer', { version: s.load.newerVersion })),
          h('p', { class: 'child-actions' }, this.button(this.m('child.newerUpdate'), () => {
            // The site's own update prompt (AppStatus) shows when a new service worker is waiting: use it, so the
            // new version takes over; otherwise a reload fetches the newest pages.
            const apply = document.querySelector<HTMLButtonElement>('[data-update]:not([hidden]) [data-apply]');
            if (apply) apply.click();
            else location.reload();
          }, { id: 'child-newer-update' })),
        ),
      );
    }
    const unreadable = s.load.unreadable;
    if (unreadable) {
      const raw = readUnreadable(unreadable.place);
      notices.push(
        h(
          'div',
          { class: 'yt-notice yt-notice--danger', role: 'alert', 'data-unreadable': true },
          h('p', {}, this.m(unreadable.place === 'aside' ? 'child.unreadable' : 'child.unreadableKept', { reason: unreadable.reason })),
          h('p', { class: 'child-actions' }, [
            raw ? this.button(this.m('child.unreadableDownload'), () => downloadText(raw, 'yuertong-unreadable.txt', 'text/plain')) : undefined,
            this.button(this.m('child.unreadableDiscard'), () => {
              discardUnreadable(unreadable.place);
              this.reload(false);
              if (s.store.children.length === 0 && s.load.writable) s.editing = 'new';
              this.render();
            }),
          ]),
        ),
      );
    }
    return notices;
  }

  private button(text: string, onClick: () => void, attrs: Record<string, string | undefined> = {}): HTMLButtonElement {
    const b = h('button', { type: 'button', class: 'yt-button', ...attrs }, text);
    b.addEventListener('click', onClick);
    return b;
  }

  private renderSwitcher(): HTMLElement {
    const s = this.state as State;
    const selected = findSelectedChild(s.store);
    const wrap = h('div', { class: 'child-switcher' });
    if (s.store.children.length > 1) {
      const select = h(
        'select',
        { id: 'child-select' },
        s.store.children.map((c) => h('option', { value: c.id, selected: c.id === selected?.id }, this.label(c))),
      );
      select.addEventListener('change', () => {
        s.store.selectedId = select.value;
        s.editing = undefined;
        this.commit();
      });
      wrap.append(h('label', { for: 'child-select' }, this.m('child.choose')), select);
    }
    if (!s.editing) {
      wrap.append(
        this.button(this.m('child.add'), () => {
          s.editing = 'new';
          s.formError = '';
          this.render('child-kind-born');
        }, { id: 'child-add' }),
      );
    }
    return wrap;
  }

  private renderForm(child: ChildProfile | undefined): HTMLElement {
    const s = this.state as State;
    const expecting = child ? child.dueDate !== undefined : false;
    const radio = (value: 'born' | 'expecting', text: string, checked: boolean) =>
      h('label', { class: 'child-radio' }, h('input', { type: 'radio', name: 'kind', value, id: `child-kind-${value}`, checked }), ` ${text}`);
    const field = (id: string, text: string, input: HTMLElement, hint?: string) =>
      h('p', { class: 'child-field' }, h('label', { for: id }, text), hint ? h('span', { class: 'yt-muted child-hint', id: `${id}-hint` }, hint) : undefined, input);
    const form = h(
      'form',
      { class: 'child-form', novalidate: true, 'aria-labelledby': 'child-form-heading' },
      h('h2', { id: 'child-form-heading' }, child ? this.m('child.editHeading') : this.m('child.addHeading')),
      h('fieldset', {}, h('legend', {}, this.m('child.kind')), radio('born', this.m('child.kindBorn'), !expecting), radio('expecting', this.m('child.kindExpecting'), expecting)),
      field('child-nickname', this.m('child.nickname'), h('input', { id: 'child-nickname', name: 'nickname', maxlength: '20', value: child?.nickname ?? '', autocomplete: 'off' })),
      field('child-date', this.m(expecting ? 'child.dueDate' : 'child.birthDate'), h('input', { id: 'child-date', name: 'date', type: 'date', required: true, value: child?.birthDate ?? child?.dueDate ?? '' })),
      h(
        'div',
        { 'data-born-only': true, hidden: expecting },
        field(
          'child-weeks',
          this.m('child.gestationWeeks'),
          h('input', { id: 'child-weeks', name: 'weeks', type: 'number', min: '22', max: '44', step: '1', inputmode: 'numeric', value: child?.gestationWeeks?.toString() ?? '', 'aria-describedby': 'child-weeks-hint' }),
          this.m('child.gestationHint'),
        ),
        field(
          'child-sex',
          this.m('child.sex'),
          h(
            'select',
            { id: 'child-sex', name: 'sex' },
            h('option', { value: '' }, this.m('child.sexUnknown')),
            h('option', { value: 'boy', selected: child?.sex === 'boy' }, this.m('child.sexBoy')),
            h('option', { value: 'girl', selected: child?.sex === 'girl' }, this.m('child.sexGirl')),
          ),
        ),
      ),
      field(
        'child-district',
        this.m('child.district'),
        h(
          'select',
          { id: 'child-district', name: 'district' },
          h('option', { value: '' }, this.m('child.districtUnknown')),
          s.data.districts.map((d) => h('option', { value: d.id, selected: child?.district === d.id }, d.name)),
        ),
      ),
      s.formError ? h('p', { class: 'yt-notice yt-notice--danger', role: 'alert', id: 'child-form-error' }, s.formError) : undefined,
      h(
        'p',
        { class: 'child-actions' },
        h('button', { type: 'submit', class: 'yt-button', id: 'child-save' }, this.m('child.save')),
        s.store.children.length > 0
          ? this.button(this.m('child.cancel'), () => {
              s.editing = undefined;
              s.formError = '';
              this.render();
            })
          : undefined,
      ),
    );
    form.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.name !== 'kind') return;
      const isExpecting = target.value === 'expecting';
      form.querySelector<HTMLElement>('[data-born-only]')?.toggleAttribute('hidden', isExpecting);
      const label = form.querySelector('label[for="child-date"]');
      if (label) label.textContent = this.m(isExpecting ? 'child.dueDate' : 'child.birthDate');
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.saveForm(new FormData(form), child);
    });
    return form;
  }

  private saveForm(form: FormData, existing: ChildProfile | undefined) {
    const s = this.state as State;
    const today = this.today();
    const expecting = form.get('kind') === 'expecting';
    const date = parseCivilDate(String(form.get('date') ?? '').trim());
    const fail = (key: string) => {
      s.formError = this.m(key);
      this.render('child-date');
    };
    if (!date) return fail('child.errorDate');
    const problem = checkFormDate(expecting ? 'expecting' : 'born', date, today);
    if (problem) return fail({ birthInFuture: 'child.errorFuture', birthTooOld: 'child.errorDate', dueTooFar: 'child.errorDueRange', dueLongPast: 'child.errorDueLongPast' }[problem]);
    const weeksText = String(form.get('weeks') ?? '').trim();
    const weeks = weeksText === '' ? undefined : Number(weeksText);
    if (weeks !== undefined && !(Number.isInteger(weeks) && weeks >= 22 && weeks <= 44)) {
      s.formError = this.m('child.gestationHint');
      this.render('child-weeks');
      return;
    }
    const sex = form.get('sex');
    const district = String(form.get('district') ?? '');
    // Another tab may have changed this child while the form was open: keep its lists as they are now.
    const current = existing ? (s.store.children.find((c) => c.id === existing.id) ?? existing) : undefined;
    const profile: ChildProfile = {
      id: existing?.id ?? newId(),
      nickname: String(form.get('nickname') ?? '').trim().slice(0, 20),
      birthDate: expecting ? undefined : date,
      dueDate: expecting ? date : undefined,
      gestationWeeks: expecting ? undefined : weeks,
      sex: !expecting && (sex === 'boy' || sex === 'girl') ? sex : existing?.sex,
      district: s.data.districts.some((d) => d.id === district) ? district : undefined,
      milestones: current?.milestones ?? [],
      givenDoses: current?.givenDoses ?? [],
      vaccineAnswer: current?.vaccineAnswer,
      parentConfirmedDoses: current?.parentConfirmedDoses ?? [],
      vaccineChoices: current?.vaccineChoices ?? {},
      growth: current?.growth ?? [],
    };
    s.store.children = existing ? s.store.children.map((c) => (c.id === existing.id ? profile : c)) : [...s.store.children, profile];
    s.store.selectedId = profile.id;
    s.editing = undefined;
    s.formError = '';
    this.commit(this.m('child.saved'), 'child-summary-heading');
  }

  private problemText(p: ChildProblem): string {
    return this.m(`child.problem.${p.code}`, { date: p.date });
  }

  private renderChild(child: ChildProfile): HTMLElement[] {
    const check = checkChildProfile(child, this.today());
    if (check.dateProblems.length > 0) return [this.renderInvalidProfile(child, check.dateProblems)];
    if (child.dueDate) return this.renderPregnancy(child, child.dueDate, check.askIfBorn);
    if (!child.birthDate) return [];
    const s = this.state as State;
    const today = this.today();
    const age = toChildAge(child.birthDate, today, child.gestationWeeks);
    const band = age.band;
    const bandInfo = s.data.bands.find((b) => b.id === band);
    const doses = buildVaccineTimeline(s.schedule, child.birthDate, today, child);
    const visits = buildCheckupTimeline(s.data.checkups, child.birthDate, today);
    const years = Math.floor(age.months / 12);
    const summary = h(
      'section',
      { class: 'child-summary', 'aria-labelledby': 'child-summary-heading' },
      h('h2', { id: 'child-summary-heading', tabindex: '-1' }, this.m('child.ageHeading', { name: this.label(child) })),
      h(
        'p',
        { class: 'child-age', 'data-age': true },
        years >= 2 ? this.m('child.ageYears', { years, months: age.months % 12, totalMonths: age.months, days: age.days }) : this.m('child.age', { months: age.months, days: age.days }),
      ),
      age.corrected
        ? h('p', { 'data-corrected': true }, age.corrected.beforeDueDate ? this.m('child.correctedBeforeDue') : this.m('child.correctedAge', { months: age.corrected.months, days: age.corrected.days }))
        : undefined,
      bandInfo
        ? h('p', { 'data-band': bandInfo.id }, h('strong', {}, this.m('child.bandHeading', { band: bandInfo.label })), ' ', bandInfo.lead, ' ', h('a', { href: `/ages/${bandInfo.id}/` }, this.m('child.bandPage', { band: bandInfo.label })))
        : h('p', {}, this.m('child.tooOld')),
      h(
        'p',
        { class: 'child-actions' },
        this.button(this.m('child.edit'), () => {
          s.editing = 'edit';
          this.render('child-nickname');
        }, { id: 'child-edit' }),
      ),
    );
    return [
      summary,
      ...(check.growthProblems.length > 0
        ? [h('p', { class: 'yt-notice', 'data-growth-date-problems': true }, this.m('child.growthDateProblems', { problems: check.growthProblems.map((p) => this.problemText(p)).join('') }))]
        : []),
      // Each part on its own: one that fails leaves the others (and the data tools) in place.
      ...this.safely(() => [this.renderNextVaccines(doses, child)]),
      ...this.safely(() => [this.renderCalendar(child, doses, visits)]),
      ...this.safely(() => (band ? this.renderMilestones(child, band) : [])),
      ...this.safely(() => [this.renderCheckups(visits)]),
      ...this.safely(() => [this.renderVaccines(child, doses)]),
      ...this.safely(() => [this.renderGrowth(child)]),
      ...this.safely(() => (bandInfo ? [this.renderGuides(bandInfo)] : [])),
      ...this.safely(() => (band ? [this.renderEvents(band)] : [])),
      ...this.safely(() => (age.months < 12 ? [this.renderMood()] : [])),
    ];
  }

  private doseLabel(d: TimelineDose): string {
    return this.m(d.alternatives.length > 0 ? 'child.choiceDoseName' : 'child.doseName', { name: d.seriesName, dose: d.dose });
  }

  /** The first-use question (issue #17): until it is answered, no dose is shown as late. */
  private renderVaccineQuestion(doses: TimelineDose[], child: ChildProfile): HTMLElement | undefined {
    if (child.vaccineAnswer || !doses.some((d) => d.status === 'unanswered')) return undefined;
    const answer = (value: 'all-given' | 'tick-each') => () => {
      Object.assign(child, answerVaccineQuestion(child, value, doses, this.today()));
      this.commit();
    };
    return h(
      'div',
      { class: 'yt-notice', 'data-vaccine-question': '' },
      h('p', {}, h('strong', {}, this.m('child.vaccineQuestion')), ' ', this.m('child.vaccineQuestionHint')),
      h(
        'p',
        { class: 'child-actions' },
        this.button(this.m('child.vaccineAnswerAllGiven'), answer('all-given'), { 'data-answer': 'all-given' }),
        ' ',
        this.button(this.m('child.vaccineAnswerTickEach'), answer('tick-each'), { 'data-answer': 'tick-each' }),
      ),
    );
  }

  private renderNextVaccines(doses: TimelineDose[], child: ChildProfile): HTMLElement {
    const question = this.renderVaccineQuestion(doses, child);
    const next = doses.filter((d) => d.status === 'overdue' || d.status === 'due' || d.status === 'upcoming');
    const firstUpcoming = next.find((d) => d.status === 'upcoming');
    const shown = [...next.filter((d) => d.status !== 'upcoming'), ...next.filter((d) => d.status === 'upcoming' && firstUpcoming && d.date <= addDays(firstUpcoming.date, 31))];
    return h(
      'section',
      { 'aria-labelledby': 'child-next-heading', class: 'child-next' },
      h('h2', { id: 'child-next-heading' }, this.m('child.vaccinesNext')),
      question,
      shown.length === 0 ? h('p', {}, this.m('child.noNext')) : h('ul', { class: 'child-list' }, shown.map((d) => this.renderDoseItem(d, false))),
      shown.some((d) => d.status === 'overdue' || d.status === 'due') ? h('p', { class: 'yt-notice' }, this.m('child.catchUp')) : undefined,
    );
  }

  private renderDoseItem(d: TimelineDose, withCheckbox: boolean, child?: ChildProfile): HTMLElement {
    const s = this.state as State;
    const merged = d.alternatives.length > 0;
    const alternative = d.choice && !merged ? s.schedule.series.filter((x) => x.choice === d.choice && x.id !== d.seriesId).map((x) => x.name).join('、') : '';
    const id = `dose-${d.seriesId.replace(':', '-')}-${d.dose}`;
    const statusText = this.m(`child.doseStatus.${d.status}`);
    const body = h(
      'div',
      {},
      h('strong', {}, this.doseLabel(d)),
      d.product ? ` · ${d.product}` : '',
      ' ',
      h('span', { class: `yt-tag child-status child-status--${d.status}` }, statusText),
      d.confirmedByParent ? h('span', { class: 'yt-tag', 'data-parent-confirmed': '' }, this.m('child.doseConfirmedByParent')) : undefined,
      d.soon ? h('span', { class: 'yt-tag' }, this.m('child.doseSoon')) : undefined,
      d.status === 'confirm'
        ? h('p', { class: 'child-confirm' }, this.m('child.doseConfirmText', { candidates: d.candidates.map((c) => `${formatChineseDate(c.date)}${c.product ? `（${c.product}）` : ''}`).join('；') }))
        : h(
            'p',
            { class: 'child-dates' },
            h('time', { datetime: d.date }, this.m('child.doseDate', { date: formatChineseDate(d.date) })),
            d.dueByDate ? ` · ${this.m('child.doseDueBy', { date: formatChineseDate(d.dueByDate) })}` : '',
            d.dueByText ? ` · ${this.m('child.doseDueByText', { text: d.dueByText })}` : '',
          ),
      alternative ? h('p', { class: 'yt-muted' }, this.m('child.doseAlternative', { other: alternative })) : undefined,
      merged ? h('p', { class: 'yt-muted' }, this.m('child.choiceAlternatives', { alternatives: d.alternatives.map((a) => a.seriesName).join('、') })) : undefined,
      d.note ? h('p', { class: 'yt-muted' }, d.note) : undefined,
      d.intervals.length > 0 ? h('p', { class: 'yt-muted', 'data-intervals': '' }, d.intervals.join('；')) : undefined,
    );
    const li = h('li', { 'data-dose': d.key, 'data-status': d.status }, body);
    if (withCheckbox && child && merged) {
      // A merged entry cannot be ticked: the parent says which vaccine it is (or was) first.
      const choices = d.alternatives.map((a) =>
        this.button(a.seriesName, () => {
          Object.assign(child, chooseVaccineAlternative(child, d.choice ?? '', a.seriesId, s.schedule));
          this.commit();
        }, { 'data-choose': a.seriesId }),
      );
      li.append(h('p', { class: 'child-actions' }, this.m('child.choiceAsk'), ' ', ...choices));
    } else if (withCheckbox && child) {
      const box = h('input', { type: 'checkbox', id, checked: child.givenDoses.includes(d.key) });
      box.addEventListener('change', () => {
        Object.assign(child, setDoseGiven(child, d.key, box.checked));
        this.commit();
      });
      li.append(h('p', { class: 'child-check' }, box, h('label', { for: id }, ` ${this.m('child.doseGiven')}`)));
    }
    return li;
  }

  private renderVaccines(child: ChildProfile, doses: TimelineDose[]): HTMLElement {
    const s = this.state as State;
    const group = (status: TimelineDose['status'], key: string, open: boolean) => {
      const list = doses.filter((d) => d.status === status);
      if (list.length === 0) return undefined;
      const ul = h('ul', { class: 'child-list' }, list.map((d) => this.renderDoseItem(d, true, child)));
      const title = `${this.m(key)}（${list.length}）`;
      return open ? h('div', { 'data-group': status }, h('h3', {}, title), ul) : h('details', { 'data-group': status }, h('summary', {}, title), ul);
    };
    return h(
      'section',
      { 'aria-labelledby': 'child-vaccines-heading' },
      h('h2', { id: 'child-vaccines-heading' }, this.m('child.vaccinesHeading')),
      h('p', {}, this.m('child.vaccinesLead')),
      group('overdue', 'child.vaccinesOverdue', true),
      group('due', 'child.vaccinesDue', true),
      group('unanswered', 'child.vaccinesUnanswered', true),
      group('confirm', 'child.vaccinesConfirm', true),
      group('upcoming', 'child.vaccinesUpcoming', true),
      group('given', 'child.vaccinesGiven', false),
      h('ul', { class: 'yt-muted' }, [...s.schedule.rules, ...s.schedule.caveats].map((r) => h('li', {}, r.text))),
    );
  }

  private renderCalendar(child: ChildProfile, doses: TimelineDose[], visits: TimelineVisit[]): HTMLElement {
    const s = this.state as State;
    const today = this.today();
    const events = buildChildCalendarEvents({
      childId: child.id,
      childLabel: this.label(child),
      doses,
      visits,
      today,
      host: s.data.host,
      doseAdvice: this.m('child.calendarDoseAdvice'),
      visitAdvice: this.m('child.calendarVisitAdvice'),
      messages: Object.fromEntries(CHILD_CALENDAR_MESSAGE_KEYS.map((k) => [k, this.m(k)])) as ChildCalendarMessages,
    });
    const name = this.m('child.calendarName', { name: this.label(child) });
    return h(
      'section',
      { 'aria-labelledby': 'child-calendar-heading', class: 'child-calendar' },
      h('h2', { id: 'child-calendar-heading' }, this.m('child.calendarHeading')),
      h('p', {}, this.m('child.calendarLead')),
      events.length === 0
        ? h('p', {}, this.m('child.calendarEmpty'))
        : this.button(`${this.m('child.calendarButton')}（${events.length}）`, () => {
            const text = buildICalendar(events, { prodId: '-//育儿通//我的孩子//ZH', name, dtstamp: new Date().toISOString() });
            downloadText(text, `yuertong-${today}.ics`, 'text/calendar;charset=utf-8');
          }, { id: 'child-calendar-button', 'data-calendar': '' }),
    );
  }

  private renderMilestones(child: ChildProfile, band: AgeBandId): HTMLElement[] {
    const s = this.state as State;
    const set = s.data.milestones.find((m) => m.band === band);
    if (!set) return [];
    const bandLabel = s.data.bands.find((b) => b.id === band)?.label ?? band;
    const ids = set.checkpoints.flatMap((c) => c.items.map((i) => i.id));
    const progress = h('p', { 'data-progress': true }, '');
    const updateProgress = () => {
      const current = s.store.children.find((c) => c.id === child.id) ?? child;
      progress.textContent = this.m('child.milestonesProgress', { done: ids.filter((id) => current.milestones.includes(id)).length, total: ids.length });
    };
    updateProgress();
    const section = h(
      'section',
      { 'aria-labelledby': 'child-milestones-heading' },
      h('h2', { id: 'child-milestones-heading' }, this.m('child.milestonesHeading', { band: bandLabel })),
      h('p', {}, this.m('child.milestonesLead')),
      progress,
      set.checkpoints.map((c) =>
        h(
          'fieldset',
          { class: 'child-milestones' },
          h('legend', {}, this.m('child.byMonths', { months: c.ageMonths })),
          c.items.map((i) => {
            const id = `ms-${i.id}`;
            const box = h('input', { type: 'checkbox', id, 'data-milestone': i.id, checked: child.milestones.includes(i.id) });
            box.addEventListener('change', () => {
              // The store is replaced by the merged one after each save: change the child as it is now.
              const current = s.store.children.find((c) => c.id === child.id) ?? child;
              const set2 = new Set(current.milestones);
              if (box.checked) set2.add(i.id);
              else set2.delete(i.id);
              current.milestones = [...set2];
              const problem = this.persist();
              if (problem && this.live) this.live.textContent = problem;
              updateProgress();
            });
            return h('p', { class: 'child-check' }, box, h('label', { for: id }, ` ${i.text}`));
          }),
        ),
      ),
      set.note ? h('p', { class: 'yt-muted' }, set.note) : undefined,
    );
    const warnings = h(
      'section',
      { 'aria-labelledby': 'child-warning-heading', class: 'child-warnings' },
      h('h2', { id: 'child-warning-heading' }, this.m('child.warningHeading')),
      h('p', {}, h('strong', {}, `${s.data.warningSigns.rule}：`)),
      toBandWarningRows(s.data.warningSigns.rows, band).map((w) =>
        h('div', { class: 'yt-notice yt-notice--danger', 'data-warning-age': String(w.ageMonths) }, h('h3', {}, w.heading), h('ul', {}, w.signs.map((sign) => h('li', {}, sign)))),
      ),
      h('p', {}, this.m('child.warningTip')),
      this.renderClinics(child),
    );
    return [section, warnings];
  }

  private renderClinics(child: ChildProfile): HTMLElement {
    const s = this.state as State;
    const near = s.nearMe;
    let clinics = s.data.clinics;
    if (near) clinics = [...clinics].sort((a, b) => distanceMetres(near, a.position) - distanceMetres(near, b.position));
    else if (child.district) clinics = clinics.filter((c) => c.district === child.district);
    const shown = clinics.slice(0, 3);
    const wrap = h(
      'div',
      { class: 'child-clinics' },
      h('h3', {}, this.m('child.clinicsHeading')),
      h(
        'ul',
        { class: 'child-list' },
        shown.map((c) =>
          h(
            'li',
            {},
            h('a', { href: `/places/${c.id}/` }, c.name),
            h('p', { class: 'yt-muted' }, `${c.districtName} · ${c.address}`),
            h('p', {}, this.m('child.clinicHours', { hours: c.hours })),
            c.phone ? h('p', {}, this.m('child.clinicPhone', { phone: c.phone })) : undefined,
          ),
        ),
      ),
      h('p', {}, h('a', { href: '/places/?type=clinic' }, this.m('child.clinicsAll'))),
    );
    if ('geolocation' in navigator && !near) {
      wrap.append(
        h(
          'p',
          {},
          this.button(this.m('child.clinicsNearMe'), () => {
            navigator.geolocation.getCurrentPosition(
              (pos) => {
                s.nearMe = [pos.coords.longitude, pos.coords.latitude];
                this.render();
              },
              () => undefined,
              { maximumAge: 600_000, timeout: 15_000 },
            );
          }),
        ),
      );
    }
    return wrap;
  }

  private renderCheckups(visits: TimelineVisit[]): HTMLElement {
    const s = this.state as State;
    return h(
      'section',
      { 'aria-labelledby': 'child-checkups-heading' },
      h('h2', { id: 'child-checkups-heading' }, this.m('child.checkupsHeading')),
      h('p', {}, this.m('child.checkupsLead')),
      h(
        'ul',
        { class: 'child-list' },
        visits
          .filter((v) => v.status !== 'past')
          .map((v) => this.renderVisit(v)),
      ),
      h('details', {}, h('summary', {}, `${this.m('child.visitStatus.past')}（${visits.filter((v) => v.status === 'past').length}）`), h('ul', { class: 'child-list' }, visits.filter((v) => v.status === 'past').map((v) => this.renderVisit(v)))),
      h('h3', {}, this.m('child.addOnsHeading')),
      h('ul', {}, s.data.checkups.addOns.map((a) => h('li', {}, `${a.name}：${a.when}${a.uncertain ? `（${this.m('child.addOnUncertain')}）` : ''}`))),
    );
  }

  private renderVisit(v: TimelineVisit): HTMLElement {
    return h(
      'li',
      { 'data-visit': v.id, 'data-status': v.status },
      h('strong', {}, v.name),
      ' ',
      h('span', { class: `yt-tag child-status child-status--${v.status}` }, this.m(`child.visitStatus.${v.status}`)),
      h('p', { class: 'child-dates' }, h('time', { datetime: v.date }, formatChineseDate(v.date)), v.untilDate ? ` – ${formatChineseDate(v.untilDate)}` : '', v.window ? ` · ${v.window}` : ''),
      v.covers ? h('p', { class: 'yt-muted' }, v.covers) : undefined,
    );
  }

  private renderGuides(band: ChildData['bands'][number]): HTMLElement {
    return h(
      'section',
      { 'aria-labelledby': 'child-guides-heading' },
      h('h2', { id: 'child-guides-heading' }, this.m('child.bandGuides')),
      h('ul', {}, band.guides.map((g) => h('li', {}, h('a', { href: g.href }, g.title)))),
    );
  }

  private renderEvents(band: AgeBandId): HTMLElement {
    const s = this.state as State;
    const now = new Date();
    const upcoming = s.data.events
      .filter((e) => e.bands.includes(band) && !e.cancelled)
      .map((e) => ({ e, next: findNextOccurrence({ start: e.start, end: e.end, weeklyCount: e.weeklyCount }, now) }))
      .filter((x) => x.next !== undefined)
      .sort((a, b) => (a.next?.start.getTime() ?? 0) - (b.next?.start.getTime() ?? 0))
      .slice(0, 3);
    return h(
      'section',
      { 'aria-labelledby': 'child-events-heading' },
      h('h2', { id: 'child-events-heading' }, this.m('child.eventsHeading')),
      upcoming.length === 0
        ? h('p', {}, this.m('child.eventsNone'))
        : h('ul', { class: 'child-list' }, upcoming.map(({ e, next }) => h('li', {}, h('a', { href: `/events/${e.id}/` }, e.title), h('p', { class: 'yt-muted' }, `${next ? formatEventTime(next.start, next.end) : ''} · ${e.districtName}`)))),
      h('p', {}, h('a', { href: `/events/?band=${band}` }, this.m('child.eventsAll'))),
    );
  }

  private renderMood(): HTMLElement {
    return h(
      'section',
      { 'aria-labelledby': 'child-mood-heading', class: 'child-mood' },
      h('h2', { id: 'child-mood-heading' }, this.m('child.moodHeading')),
      h('p', {}, this.m('child.moodText')),
      h('p', {}, h('strong', {}, this.m('child.moodUrgent'))),
      h('p', {}, h('a', { href: 'tel:12356', class: 'yt-button' }, this.m('child.mood12356')), ' ', h('a', { href: '/guides/low-mood-in-pregnancy-and-after-birth/' }, this.m('child.moodGuide'))),
    );
  }

  /** A profile whose dates nothing can be computed from: say what is wrong; the edit and delete controls stay. */
  private renderInvalidProfile(child: ChildProfile, problems: ChildProblem[]): HTMLElement {
    const s = this.state as State;
    return h(
      'section',
      { class: 'child-summary', 'aria-labelledby': 'child-summary-heading' },
      h('h2', { id: 'child-summary-heading', tabindex: '-1' }, this.m('child.ageHeading', { name: this.label(child) })),
      h('p', { class: 'yt-notice yt-notice--danger', 'data-invalid-profile': true }, this.m('child.invalidProfile', { name: this.label(child), problem: problems.map((p) => this.problemText(p)).join('') })),
      h('p', { class: 'child-actions' }, this.button(this.m('child.edit'), () => {
        s.editing = 'edit';
        this.render('child-nickname');
      }, { id: 'child-edit' })),
    );
  }

  private renderPregnancy(child: ChildProfile, dueDate: CivilDate, askIfBorn = false): HTMLElement[] {
    const s = this.state as State;
    const today = this.today();
    const { weeks, days, daysToDue } = toPregnancyWeeks(dueDate, today);
    const visits = buildPrenatalTimeline(s.data.prenatal.visits, dueDate, today);
    const guidelineVisits = buildPrenatalTimeline(s.data.prenatal.guideline.visits, dueDate, today);
    const keyTests = buildPrenatalTimeline(s.data.prenatal.guideline.keyTests, dueDate, today);
    const postpartum = s.data.prenatal.visits.filter((v) => v.toWeek === undefined).map((v) => `${v.name}（${v.window}）`);
    const band = s.data.bands.find((b) => b.id === 'pregnancy');
    return [
      h(
        'section',
        { class: 'child-summary', 'aria-labelledby': 'child-summary-heading' },
        h('h2', { id: 'child-summary-heading', tabindex: '-1' }, this.m('child.ageHeading', { name: this.label(child) })),
        h('p', { class: 'child-age', 'data-pregnancy-weeks': String(weeks) }, weeks < 0 ? this.m('child.pregnancyEarly') : this.m('child.pregnancyHeading', { weeks, days })),
        h('p', {}, daysToDue >= 0 ? this.m('child.pregnancyDue', { date: formatChineseDate(dueDate), days: daysToDue }) : this.m('child.pregnancyPast')),
        askIfBorn ? h('p', { class: 'yt-notice', 'data-ask-if-born': true }, this.m('child.askIfBorn')) : undefined,
        h('p', { class: 'child-actions' }, this.button(this.m('child.edit'), () => {
          s.editing = 'edit';
          this.render('child-nickname');
        }, { id: 'child-edit' })),
      ),
      h(
        'section',
        { 'aria-labelledby': 'child-prenatal-heading' },
        h('h2', { id: 'child-prenatal-heading' }, this.m('child.prenatalHeading')),
        h('p', {}, s.data.prenatal.visitsSummary),
        h('ul', { class: 'child-list' }, visits.map((v) => this.renderVisit(v))),
        h('p', {}, this.m('child.prenatalPostpartum', { items: postpartum.join('；') })),
      ),
      h(
        'section',
        { 'aria-labelledby': 'child-prenatal-guideline-heading' },
        h('h2', { id: 'child-prenatal-guideline-heading' }, s.data.prenatal.guideline.title),
        h('p', {}, s.data.prenatal.guideline.summary),
        h('ul', { class: 'child-list' }, guidelineVisits.map((v) => this.renderVisit(v))),
        h('h3', {}, this.m('child.prenatalKeyTests')),
        h('ul', { class: 'child-list' }, keyTests.map((v) => this.renderVisit(v))),
      ),
      ...(band ? [this.renderGuides(band)] : []),
      this.renderMood(),
      this.renderEvents('pregnancy'),
    ];
  }

  // ── Growth ────────────────────────────────────────────────────────────────

  private loadTables() {
    const s = this.state as State;
    if (s.tables || s.tablesState !== 'idle') return;
    s.tablesState = 'loading';
    fetch(toBuildDataUrl('/my-child/growth.json', BUILD_ID))
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(r.status)))))
      .then((raw) => {
        const tables: Record<string, GrowthTable> = {};
        for (const [name, text] of Object.entries(raw)) {
          const parsed = parseGrowthTable(text);
          if (parsed.ok) tables[name] = parsed.table;
        }
        s.tables = tables;
        s.tablesState = 'idle';
        this.render();
      })
      .catch(() => {
        s.tablesState = 'failed';
        this.render();
      });
  }

  private renderGrowth(child: ChildProfile): HTMLElement {
    const s = this.state as State;
    const today = this.today();
    const birth = child.birthDate ?? today;
    const section = h(
      'section',
      { 'aria-labelledby': 'child-growth-heading', class: 'child-growth' },
      h('h2', { id: 'child-growth-heading' }, this.m('child.growthHeading')),
      h('p', {}, this.m('child.growthLead')),
    );
    const form = h(
      'form',
      { class: 'child-growth-form', novalidate: true },
      h('p', { class: 'child-field' }, h('label', { for: 'growth-date' }, this.m('child.growthDate')), h('input', { id: 'growth-date', name: 'date', type: 'date', value: today, min: birth, max: today })),
      h('p', { class: 'child-field' }, h('label', { for: 'growth-weight' }, this.m('child.growthWeight')), h('input', { id: 'growth-weight', name: 'weight', type: 'number', step: '0.01', min: '0.3', max: '60', inputmode: 'decimal' })),
      h('p', { class: 'child-field' }, h('label', { for: 'growth-length' }, this.m('child.growthLength')), h('input', { id: 'growth-length', name: 'length', type: 'number', step: '0.1', min: '20', max: '160', inputmode: 'decimal' })),
      h('p', { class: 'child-field' }, h('label', { for: 'growth-head' }, this.m('child.growthHead')), h('input', { id: 'growth-head', name: 'head', type: 'number', step: '0.1', min: '15', max: '70', inputmode: 'decimal' })),
      h('p', {}, h('button', { type: 'submit', class: 'yt-button', id: 'growth-save' }, this.m('child.growthAdd'))),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const date = parseCivilDate(String(data.get('date') ?? ''));
      const num = (name: string, min: number, max: number) => {
        const v = Number(String(data.get(name) ?? '').trim() || NaN);
        return Number.isFinite(v) && v >= min && v <= max ? v : undefined;
      };
      const record = { id: newId(), date: date ?? '', weightKg: num('weight', 0.3, 60), lengthCm: num('length', 20, 160), headCm: num('head', 15, 70) };
      if (!date || date < birth || date > today) {
        s.status = this.m('child.growthBeforeBirth');
        this.render('growth-date');
        return;
      }
      if (record.weightKg === undefined && record.lengthCm === undefined && record.headCm === undefined) {
        s.status = this.m('child.growthNeedsOne');
        this.render('growth-weight');
        return;
      }
      child.growth = [...child.growth, { ...record, date }];
      this.commit(this.m('child.saved'), 'growth-save');
    });
    section.append(form);
    if (child.growth.length === 0) {
      section.append(h('p', {}, this.m('child.growthNone')));
      return section;
    }
    if (!child.sex) {
      section.append(h('p', { class: 'yt-notice' }, this.m('child.growthNeedsSex')));
      section.append(this.renderGrowthTable(child, undefined));
      return section;
    }
    if (!s.tables) {
      if (s.tablesState === 'failed') section.append(h('p', { class: 'yt-notice' }, this.m('child.growthLoadError')));
      else this.loadTables();
      section.append(this.renderGrowthTable(child, undefined));
      return section;
    }
    const tables = s.tables;
    const sex = child.sex;
    const controls = h('div', { class: 'child-growth-controls' });
    const indicatorSelect = h(
      'select',
      { id: 'growth-indicator' },
      (['weight', 'length', 'head'] as const).map((i) => h('option', { value: i, selected: s.indicator === i }, this.m(`child.growthIndicator.${i}`))),
    );
    indicatorSelect.addEventListener('change', () => {
      s.indicator = indicatorSelect.value as GrowthIndicator;
      this.render();
    });
    const standardSelect = h(
      'select',
      { id: 'growth-standard' },
      h('option', { value: 'chinese', selected: s.standard === 'chinese' }, this.m('child.growthChinese')),
      h('option', { value: 'who', selected: s.standard === 'who' }, this.m('child.growthWho')),
    );
    standardSelect.addEventListener('change', () => {
      s.standard = standardSelect.value as GrowthStandard;
      this.render();
    });
    controls.append(
      h('p', { class: 'child-field' }, h('label', { for: 'growth-indicator' }, this.m('child.growthIndicator')), indicatorSelect),
      h('p', { class: 'child-field' }, h('label', { for: 'growth-standard' }, this.m('child.growthStandard')), standardSelect),
    );
    section.append(controls);
    const placed = placeGrowthRecords(child.growth, { birthDate: birth, gestationWeeks: child.gestationWeeks, sex, indicator: s.indicator, standard: s.standard, tables });
    const maxAge = Math.max(0, ...placed.points.map((p) => p.ageMonths));
    const toMonths = Math.min(s.indicator === 'head' ? 36 : 72, Math.max(6, Math.ceil((maxAge + 2) / 6) * 6));
    const chart = buildGrowthChart({ linesAt: (a) => toPercentileLinesAt(tables, s.standard, s.indicator, sex, a), fromMonths: 0, toMonths, width: 360, height: 300, points: placed.points.map((p) => ({ id: p.recordId, ageMonths: p.ageMonths, value: p.value })) });
    const indicatorLabel = this.m(`child.growthIndicator.${s.indicator}`);
    const chartLabel = this.m('child.growthChartLabel', { indicator: indicatorLabel });
    const figure = h(
      'figure',
      { class: 'child-chart' },
      svg(
        'svg',
        { viewBox: `0 0 ${chart.width} ${chart.height}`, role: 'img', 'aria-label': chartLabel, focusable: 'false' },
        chart.yTicks.map((t) => svg('g', {}, svg('line', { x1: chart.plot.left, x2: chart.plot.right, y1: t.y, y2: t.y, class: 'grid' }), svg('text', { x: chart.plot.left - 6, y: t.y + 4, 'text-anchor': 'end' }, t.label))),
        chart.xTicks.map((t) => svg('text', { x: t.x, y: chart.plot.bottom + 18, 'text-anchor': 'middle' }, t.label)),
        svg('text', { x: chart.plot.right, y: chart.height - 4, 'text-anchor': 'end' }, this.m('child.growthAge')),
        svg('text', { x: 4, y: chart.plot.top - 8 }, s.indicator === 'weight' ? 'kg' : 'cm'),
        chart.lines.map((l) => svg('g', {}, svg('path', { d: l.d, class: l.major ? 'line major' : 'line' }), svg('text', { x: chart.plot.right + 4, y: l.labelY + 4, class: 'line-label' }, l.name))),
        svg('path', { d: chart.trail, class: 'trail' }),
        chart.points.map((p) => svg('circle', { cx: p.x, cy: p.y, r: 5, class: 'point' })),
      ),
      h('figcaption', { class: 'yt-muted' }, `${chartLabel}。${this.m('child.growthSource')}${child.gestationWeeks !== undefined && child.gestationWeeks < 37 ? this.m('child.growthCorrectedNote') : ''}`),
    );
    section.append(figure);
    for (const c of placed.concerns) section.append(h('p', { class: 'yt-notice', 'data-growth-concern': c.kind }, c.message));
    section.append(this.renderGrowthTable(child, placed.points));
    return section;
  }

  private renderGrowthTable(child: ChildProfile, points: ReturnType<typeof placeGrowthRecords>['points'] | undefined): HTMLElement {
    const s = this.state as State;
    const byId = new Map((points ?? []).map((p) => [p.recordId, p]));
    const rows = [...child.growth].sort((a, b) => (a.date < b.date ? -1 : 1));
    const value = (r: ChildProfile['growth'][number]) => {
      const parts = [r.weightKg === undefined ? '' : `${r.weightKg} kg`, r.lengthCm === undefined ? '' : `${r.lengthCm} cm`, r.headCm === undefined ? '' : `${this.m('child.growthIndicator.head')} ${r.headCm} cm`];
      return parts.filter(Boolean).join(' / ');
    };
    return h(
      'div',
      { class: 'yt-table-wrap child-growth-table', tabindex: '0', role: 'region', 'aria-labelledby': 'growth-table-caption' },
      h(
        'table',
        {},
        h('caption', { id: 'growth-table-caption' }, this.m('child.growthTable')),
        h('thead', {}, h('tr', {}, [this.m('child.growthDate'), this.m('child.growthAge'), this.m('child.growthValue'), this.m('child.growthWhere'), ''].map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          {},
          rows.map((r) => {
            const p = byId.get(r.id);
            const remove = this.button(this.m('child.growthRemove'), () => {
              child.growth = child.growth.filter((g) => g.id !== r.id);
              this.commit();
            }, { 'aria-label': `${this.m('child.growthRemove')} ${formatChineseDate(r.date)}` });
            return h(
              'tr',
              {},
              h('td', { class: 'nowrap' }, formatChineseDate(r.date)),
              h('td', { class: 'nowrap' }, p ? p.ageMonths.toFixed(1) : '—'),
              h('td', {}, value(r)),
              h('td', { 'data-where': true }, p ? `${this.m(`child.growthIndicator.${s.indicator}`)}：${p.phrase ?? this.m('child.growthOutOfRange')}` : '—'),
              h('td', {}, remove),
            );
          }),
        ),
      ),
    );
  }

  // ── Export, import, delete ───────────────────────────────────────────────

  private renderDataTools(): HTMLElement {
    const s = this.state as State;
    const file = h('input', { type: 'file', id: 'child-import-file', accept: '.json,application/json', class: 'yt-visually-hidden', tabindex: '-1', 'aria-label': this.m('child.import') });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (!f) return;
      void f.text().then((text) => {
        file.value = '';
        const result = parseChildStore(text);
        const problem = result.status === 'ok' ? findStoreProblem(result.store, this.today()) : undefined;
        if (result.status !== 'ok' || problem) {
          const reason =
            result.status === 'unreadable' ? result.reason
            : result.status === 'newer' ? this.m('child.importNewer')
            : result.status === 'empty' ? '空文件'
            : problem ? this.m('child.importProblem', { index: problem.childIndex + 1, problem: this.problemText(problem) })
            : '';
          s.status = this.m('child.importFailed', { reason });
          this.render('child-import');
          return;
        }
        if (s.store.children.length > 0 && !window.confirm(this.m('child.importConfirm'))) return;
        s.store = result.store;
        s.editing = undefined;
        this.commit(this.m('child.imported'), 'child-import');
      });
    });
    const child = findSelectedChild(s.store);
    return h(
      'section',
      { 'aria-labelledby': 'child-data-heading', class: 'child-data' },
      h('h2', { id: 'child-data-heading' }, this.m('child.dataHeading')),
      h('p', {}, this.m('child.dataLead')),
      h(
        'p',
        { class: 'child-actions' },
        s.store.children.length > 0
          ? this.button(this.m('child.export'), () => downloadText(serializeChildStore({ ...s.store, version: CHILD_STORE_VERSION }), `yuertong-children-${this.today()}.json`, 'application/json'), { id: 'child-export' })
          : undefined,
        this.button(this.m('child.import'), () => file.click(), { id: 'child-import' }),
        file,
        child && !s.editing
          ? this.button(this.m('child.remove'), () => {
              if (!window.confirm(this.m('child.removeConfirm', { name: this.label(child) }))) return;
              s.store.children = s.store.children.filter((c) => c.id !== child.id);
              s.store.selectedId = s.store.children[0]?.id;
              if (s.store.children.length === 0) s.editing = 'new';
              this.commit();
            }, { id: 'child-remove' })
          : undefined,
        s.store.children.length > 0
          ? this.button(this.m('child.deleteAll'), () => {
              if (!window.confirm(this.m('child.deleteAllConfirm'))) return;
              s.store = { version: CHILD_STORE_VERSION, children: [] };
              s.editing = 'new';
              this.commit(this.m('child.deleted'), 'child-form-heading');
            }, { id: 'child-delete-all', class: 'yt-button child-danger' })
          : undefined,
      ),
      h('p', {}, h('a', { href: '/privacy/' }, this.m('child.privacyLink'))),
    );
  }
}

customElements.define('yt-child-app', ChildApp);
