// The next vaccines and the whole plan with a 已接种 tick per dose. Ticks are real checkboxes that stay where they
// are while the store changes, so the focus and any open <details> stay as they were.
import { useState } from 'react';
import { addDays } from '../../lib/age/civil-date';
import type { TimelineDose } from '../../lib/child-profile/build-vaccine-timeline';
import { listDosesDueSoFar } from '../../lib/child-profile/list-doses-due-so-far';
import type { ChildProfile } from '../../lib/child-profile/child-store';
import { formatChineseDate } from '../../lib/content/format-date';
import { useChild } from './child-context';

/**
 * The first-use question (issue #17): until the parent answers, a dose whose date has passed is 'unanswered', never
 * shown as late. 是的，都按时打了 marks them all as given (家长确认), each still editable in the plan below.
 */
function VaccineQuestion({ child, doses }: { child: ChildProfile; doses: TimelineDose[] }) {
  const { m, act, today, focusAfterRender } = useChild();
  if (child.vaccineAnswer || !doses.some((d) => d.status === 'unanswered')) return null;
  const answer = (value: 'all-given' | 'tick-each') => () => {
    const count = listDosesDueSoFar(doses).length;
    focusAfterRender(value === 'all-given' ? 'child-next-heading' : 'child-vaccines-heading');
    act({ type: 'answerVaccines', childId: child.id, answer: value, timeline: doses, today }, value === 'all-given' ? m('child.vaccineAnswered', { count }) : '');
  };
  return (
    <div className="yt-notice child-question" data-vaccine-question="">
      <p>
        <strong>{m('child.vaccineQuestion')}</strong> {m('child.vaccineQuestionHint')}
      </p>
      <p className="child-actions">
        <button type="button" className="yt-button" data-answer="all-given" onClick={answer('all-given')}>{m('child.vaccineAnswerAllGiven')}</button>
        <button type="button" className="yt-button" data-answer="tick-each" onClick={answer('tick-each')}>{m('child.vaccineAnswerTickEach')}</button>
      </p>
    </div>
  );
}

export function NextVaccines({ child, doses }: { child: ChildProfile; doses: TimelineDose[] }) {
  const { m } = useChild();
  const next = doses.filter((d) => d.status === 'overdue' || d.status === 'due' || d.status === 'upcoming');
  const firstUpcoming = next.find((d) => d.status === 'upcoming');
  const shown = [...next.filter((d) => d.status !== 'upcoming'), ...next.filter((d) => d.status === 'upcoming' && firstUpcoming && d.date <= addDays(firstUpcoming.date, 31))];
  return (
    <section aria-labelledby="child-next-heading" className="child-next">
      <h2 id="child-next-heading" tabIndex={-1}>{m('child.vaccinesNext')}</h2>
      <VaccineQuestion child={child} doses={doses} />
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
  const { m, schedule, act, focusAfterRender } = useChild();
  const merged = d.alternatives.length > 0;
  const alternative = d.choice && !merged ? schedule.series.filter((x) => x.choice === d.choice && x.id !== d.seriesId).map((x) => x.name).join('、') : '';
  const id = `dose-${d.seriesId.replace(':', '-')}-${d.dose}`;
  const statusKey = d.status;
  return (
    <li data-dose={d.key} data-status={statusKey}>
      <div>
        <strong>{m(merged ? 'child.choiceDoseName' : 'child.doseName', { name: d.seriesName, dose: d.dose })}</strong>
        {d.product ? ` · ${d.product}` : ''}{' '}
        <span className={`yt-tag child-status child-status--${statusKey}`}>{m(`child.doseStatus.${d.status}`)}</span>
        {d.confirmedByParent ? <span className="yt-tag" data-parent-confirmed="">{m('child.doseConfirmedByParent')}</span> : null}
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
        {merged ? <p className="yt-muted">{m('child.choiceAlternatives', { alternatives: d.alternatives.map((a) => a.seriesName).join('、') })}</p> : null}
        {d.note ? <p className="yt-muted">{d.note}</p> : null}
        {d.intervals.length > 0 ? <p className="yt-muted" data-intervals="">{d.intervals.join('；')}</p> : null}
      </div>
      {child && merged ? (
        // A merged entry is not ticked: the parent says which vaccine the clinic gave (or will give) first.
        <p className="child-actions" data-choice={d.choice}>
          {m('child.choiceAsk')}{' '}
          {d.alternatives.map((a) => (
            <button
              key={a.seriesId}
              type="button"
              className="yt-button"
              data-choose={a.seriesId}
              id={`choose-${a.seriesId}-${d.dose}`}
              onClick={() => {
                focusAfterRender(`dose-${a.seriesId}-${d.dose}`);
                act({ type: 'chooseAlternative', childId: child.id, choiceId: d.choice ?? '', seriesId: a.seriesId, schedule });
              }}
            >
              {a.seriesName}
            </button>
          ))}
        </p>
      ) : child ? (
        <>
          {d.choice && d.dose === 1 && child.vaccineChoices[d.choice] === d.seriesId ? (
            <p>
              <button
                type="button"
                className="yt-button"
                data-unchoose={d.choice}
                onClick={() => {
                  const first = schedule.series.find((x) => x.choice === d.choice);
                  if (first) focusAfterRender(`choose-${first.id}-1`);
                  act({ type: 'chooseAlternative', childId: child.id, choiceId: d.choice ?? '', seriesId: undefined, schedule });
                }}
              >
                {m('child.choiceUndo')}
              </button>
            </p>
          ) : null}
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
        </>
      ) : null}
    </li>
  );
}

const GROUPS = [
  { status: 'overdue', key: 'child.vaccinesOverdue', open: true },
  { status: 'due', key: 'child.vaccinesDue', open: true },
  { status: 'unanswered', key: 'child.vaccinesUnanswered', open: true },
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
      <h2 id="child-vaccines-heading" tabIndex={-1}>{m('child.vaccinesHeading')}</h2>
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
