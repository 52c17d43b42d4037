// The next vaccines and the whole plan with a 已接种 tick per dose. Ticks are real checkboxes that stay where they
// are while the store changes, so the focus and any open <details> stay as they were.
import { useState } from 'react';
import { addDays } from '../../lib/age/civil-date';
import type { TimelineDose } from '../../lib/child-profile/build-vaccine-timeline';
import type { ChildProfile } from '../../lib/child-profile/child-store';
import { formatChineseDate } from '../../lib/content/format-date';
import { useChild } from './child-context';

export function NextVaccines({ doses }: { doses: TimelineDose[] }) {
  const { m } = useChild();
  const next = doses.filter((d) => !d.notChosen && (d.status === 'overdue' || d.status === 'due' || d.status === 'upcoming'));
  const firstUpcoming = next.find((d) => d.status === 'upcoming');
  const shown = [...next.filter((d) => d.status !== 'upcoming'), ...next.filter((d) => d.status === 'upcoming' && firstUpcoming && d.date <= addDays(firstUpcoming.date, 31))];
  return (
    <section aria-labelledby="child-next-heading" className="child-next">
      <h2 id="child-next-heading">{m('child.vaccinesNext')}</h2>
      {shown.length === 0 ? (
        <p>{m('child.noNext')}</p>
      ) : (
        <ul className="child-list">
          {shown.map((d) => (
            <DoseItem key={d.key} dose={d} />
          ))}
        </ul>
      )}
      {shown.some((d) => d.status === 'overdue' || d.status === 'due') ? <p className="yt-notice">{m('child.catchUp')}</p> : null}
    </section>
  );
}

function DoseItem({ dose: d, child, onTick }: { dose: TimelineDose; child?: ChildProfile; onTick?: (key: string) => void }) {
  const { m, schedule, act } = useChild();
  const alternative = d.choice ? schedule.series.filter((x) => x.choice === d.choice && x.id !== d.seriesId).map((x) => x.name).join('、') : '';
  const id = `dose-${d.seriesId}-${d.dose}`;
  const statusKey = d.notChosen ? 'not-chosen' : d.status;
  return (
    <li data-dose={d.key} data-status={statusKey}>
      <div>
        <strong>{m('child.doseName', { name: d.seriesName, dose: d.dose })}</strong>
        {d.product ? ` · ${d.product}` : ''}{' '}
        <span className={`yt-tag child-status child-status--${statusKey}`}>{d.notChosen ? m('child.doseNotChosen') : m(`child.doseStatus.${d.status}`)}</span>
        {d.soon ? <span className="yt-tag">{m('child.doseSoon')}</span> : null}
        {d.status === 'confirm' ? (
          <p className="child-confirm">{m('child.doseConfirmText', { candidates: d.candidates.map((c) => `${formatChineseDate(c.date)}${c.product ? `（${c.product}）` : ''}`).join('；') })}</p>
        ) : (
          <p className="child-dates">
            <time dateTime={d.date}>{m('child.doseDate', { date: formatChineseDate(d.date) })}</time>
            {d.dueByDate ? ` · ${m('child.doseDueBy', { date: formatChineseDate(d.dueByDate) })}` : ''}
            {d.dueByText ? ` · ${m('child.doseDueByText', { text: d.dueByText })}` : ''}
          </p>
        )}
        {alternative ? <p className="yt-muted">{m('child.doseAlternative', { other: alternative })}</p> : null}
        {d.note ? <p className="yt-muted">{d.note}</p> : null}
        {d.intervals.length > 0 ? <p className="yt-muted" data-intervals="">{d.intervals.join('；')}</p> : null}
      </div>
      {child ? (
        <p className="child-check">
          <input
            type="checkbox"
            id={id}
            checked={child.givenDoses.includes(d.key)}
            onChange={(e) => {
              onTick?.(d.key);
              act({ type: 'setDoseGiven', childId: child.id, doseKey: d.key, given: e.currentTarget.checked });
            }}
          />
          <label htmlFor={id}> {m('child.doseGiven')}</label>
        </p>
      ) : null}
    </li>
  );
}

const GROUPS = [
  { status: 'overdue', key: 'child.vaccinesOverdue', open: true },
  { status: 'due', key: 'child.vaccinesDue', open: true },
  { status: 'confirm', key: 'child.vaccinesConfirm', open: true },
  { status: 'upcoming', key: 'child.vaccinesUpcoming', open: true },
  { status: 'given', key: 'child.vaccinesGiven', open: false },
] as const;

export function VaccinePlan({ child, doses }: { child: ChildProfile; doses: TimelineDose[] }) {
  const { m, schedule } = useChild();
  // A dose ticked (or unticked) here stays in the group where the parent saw it until the page is opened again: it
  // does not jump away from under the finger (or into a closed 已接种 section, where the focus could not follow).
  const [stayIn, setStayIn] = useState<Record<string, TimelineDose['status']>>({});
  const groupOf = (d: TimelineDose) => stayIn[d.key] ?? d.status;
  const onTick = (key: string) => {
    const dose = doses.find((d) => d.key === key);
    if (dose && !(key in stayIn)) setStayIn({ ...stayIn, [key]: dose.status });
  };
  return (
    <section aria-labelledby="child-vaccines-heading">
      <h2 id="child-vaccines-heading">{m('child.vaccinesHeading')}</h2>
      <p>{m('child.vaccinesLead')}</p>
      {GROUPS.map(({ status, key, open }) => {
        const list = doses.filter((d) => groupOf(d) === status);
        if (list.length === 0) return null;
        const title = `${m(key)}（${list.length}）`;
        const ul = (
          <ul className="child-list">
            {list.map((d) => (
              <DoseItem key={d.key} dose={d} child={child} onTick={onTick} />
            ))}
          </ul>
        );
        // The same element stays on screen while doses are ticked, so a <details> the parent opened stays open.
        return open ? (
          <div key={status} data-group={status}>
            <h3>{title}</h3>
            {ul}
          </div>
        ) : (
          <details key={status} data-group={status}>
            <summary>{title}</summary>
            {ul}
          </details>
        );
      })}
      <ul className="yt-muted">
        {[...schedule.rules, ...schedule.caveats].map((r, i) => (
          <li key={i}>{r.text}</li>
        ))}
      </ul>
    </section>
  );
}
