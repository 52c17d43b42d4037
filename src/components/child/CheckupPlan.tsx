import type { TimelineVisit } from '../../lib/child-profile/build-checkup-timeline';
import { formatChineseDate } from '../../lib/content/format-date';
import { useChild } from './child-context';

export function VisitItem({ visit: v }: { visit: TimelineVisit }) {
  const { m } = useChild();
  return (
    <li data-visit={v.id} data-status={v.status}>
      <strong>{v.name}</strong> <span className={`yt-tag child-status child-status--${v.status}`}>{m(`child.visitStatus.${v.status}`)}</span>
      <p className="child-dates">
        <time dateTime={v.date}>{formatChineseDate(v.date)}</time>
        {v.untilDate ? ` – ${formatChineseDate(v.untilDate)}` : ''}
        {v.window ? ` · ${v.window}` : ''}
      </p>
      {v.covers ? <p className="yt-muted">{v.covers}</p> : null}
    </li>
  );
}

export function CheckupPlan({ visits }: { visits: TimelineVisit[] }) {
  const { m, data } = useChild();
  const past = visits.filter((v) => v.status === 'past');
  return (
    <section aria-labelledby="child-checkups-heading">
      <h2 id="child-checkups-heading">{m('child.checkupsHeading')}</h2>
      <p>{m('child.checkupsLead')}</p>
      <ul className="child-list">
        {visits
          .filter((v) => v.status !== 'past')
          .map((v) => (
            <VisitItem key={v.id} visit={v} />
          ))}
      </ul>
      <details data-past-visits="">
        <summary>{`${m('child.visitStatus.past')}（${past.length}）`}</summary>
        <ul className="child-list">
          {past.map((v) => (
            <VisitItem key={v.id} visit={v} />
          ))}
        </ul>
      </details>
      <h3>{m('child.addOnsHeading')}</h3>
      <ul>
        {data.checkups.addOns.map((a) => (
          <li key={a.name}>{`${a.name}：${a.when}${a.uncertain ? `（${m('child.addOnUncertain')}）` : ''}`}</li>
        ))}
      </ul>
    </section>
  );
}
