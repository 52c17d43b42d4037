// The home page's summary of the selected child, loaded only when a profile is stored on this device
// (see src/pages/index.astro): the next dose, the next check-up, and a link to the full timeline.
import { toCivilDate } from '../../lib/age/civil-date';
import { buildCheckupTimeline } from '../../lib/child-profile/build-checkup-timeline';
import { buildVaccineTimeline } from '../../lib/child-profile/build-vaccine-timeline';
import { fromImmunizationJson, type ChildData } from '../../lib/child-profile/child-data';
import { CHILD_STORE_KEY, findSelectedChild } from '../../lib/child-profile/child-store';
import { parseChildStore } from '../../lib/child-profile/parse-child-store';
import { isProfileUsable } from '../../lib/child-profile/validate-child-profile';
import { toChildAge, toPregnancyWeeks } from '../../lib/child-profile/to-child-age';
import { formatChineseDate } from '../../lib/content/format-date';
import { fillTemplate } from '../../lib/i18n/fill-template';
import { BUILD_ID, toBuildDataUrl } from '../../lib/site/build-data-url';

/** A paragraph or heading of text (set as text, never parsed as HTML); the home page stays free of any framework. */
function h(tag: 'p' | 'h2' | 'a', attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Fills `el` with the summary; leaves it hidden when there is nothing valid to show. */
export async function mountHomeSummary(el: HTMLElement): Promise<void> {
  try {
    await fillHomeSummary(el);
  } catch {
    // Nothing rather than nonsense: the home page works without the summary.
    el.hidden = true;
  }
}

async function fillHomeSummary(el: HTMLElement): Promise<void> {
  const result = parseChildStore(localStorage.getItem(CHILD_STORE_KEY));
  if (result.status !== 'ok') return;
  const child = findSelectedChild(result.store);
  // An impossible date (a due date of 9999-12-31) would give nonsense such as 怀孕-415976周: show nothing.
  if (!child || !isProfileUsable(child, toCivilDate(new Date()))) return;
  const response = await fetch(toBuildDataUrl('/my-child/data.json', BUILD_ID));
  if (!response.ok) return;
  const data = (await response.json()) as ChildData;
  const m = (key: string, params: Record<string, string | number> = {}) =>
    fillTemplate(data.messages[key] ?? key, params);
  const today = toCivilDate(new Date());
  const name = child.nickname || m('child.unnamed');
  const lines: HTMLElement[] = [];
  if (child.dueDate) {
    const { weeks, days } = toPregnancyWeeks(child.dueDate, today);
    lines.push(h('p', { class: 'child-home__age' }, weeks < 0 ? m('child.pregnancyEarly') : m('child.pregnancyHeading', { weeks, days })));
  } else if (child.birthDate && child.birthDate <= today) {
    const age = toChildAge(child.birthDate, today, child.gestationWeeks);
    const band = data.bands.find((b) => b.id === age.band);
    lines.push(h('p', { class: 'child-home__age' }, m('child.age', { months: age.months, days: age.days }), band ? ` · ${band.label}${age.corrected ? `（${m('child.homeCorrected')}）` : ''}` : ''));
    // Before the parent answers the first-use question, late doses are 'unanswered', never counted as overdue below.
    const doses = buildVaccineTimeline(fromImmunizationJson(data.immunization), child.birthDate, today, child);
    // Every dose on the next date (alternatives included), not just the first in the list.
    const nextDate = doses.find((d) => d.status === 'upcoming')?.date;
    const next = doses.filter((d) => d.status === 'upcoming' && d.date === nextDate);
    if (nextDate && next.length > 0) {
      const names = next.map((d) => m(d.alternatives.length > 0 ? 'child.choiceDoseName' : 'child.doseName', { name: d.seriesName, dose: d.dose })).join('、');
      lines.push(h('p', {}, m('child.homeNextDose', { dose: names, date: formatChineseDate(nextDate) })));
    }
    const overdue = doses.filter((d) => d.status === 'overdue').length;
    if (overdue > 0) lines.push(h('p', { class: 'child-home__warn' }, m('child.homeOverdue', { count: overdue })));
    const visit = buildCheckupTimeline(data.checkups, child.birthDate, today).find((v) => v.status === 'upcoming');
    if (visit) lines.push(h('p', {}, m('child.homeNextVisit', { visit: visit.name, date: formatChineseDate(visit.date) })));
  }
  el.replaceChildren(h('h2', { id: 'child-home-heading' }, m('child.homeHeading', { name })), ...lines, h('p', {}, h('a', { href: '/my-child/' }, m('child.homeOpen'))));
  el.hidden = false;
}
