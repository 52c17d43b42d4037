// The smaller parts around the timeline: guides for the band, events, and the mother's mood.
import type { AgeBandId } from '../../lib/age/age-bands';
import type { ChildData } from '../../lib/child-profile/child-data';
import { findNextOccurrence, formatEventTime } from '../../lib/events/event-times';
import { useChild } from './child-context';

export function BandGuides({ band }: { band: ChildData['bands'][number] }) {
  const { m } = useChild();
  return (
    <section aria-labelledby="child-guides-heading">
      <h2 id="child-guides-heading">{m('child.bandGuides')}</h2>
      <ul>
        {band.guides.map((g) => (
          <li key={g.href}>
            <a href={g.href}>{g.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BandEvents({ band }: { band: AgeBandId }) {
  const { m, data } = useChild();
  const now = new Date();
  const upcoming = data.events
    .filter((e) => e.bands.includes(band) && !e.cancelled)
    .map((e) => ({ e, next: findNextOccurrence({ start: e.start, end: e.end, weeklyCount: e.weeklyCount }, now) }))
    .filter((x) => x.next !== undefined)
    .sort((a, b) => (a.next?.start.getTime() ?? 0) - (b.next?.start.getTime() ?? 0))
    .slice(0, 3);
  return (
    <section aria-labelledby="child-events-heading">
      <h2 id="child-events-heading">{m('child.eventsHeading')}</h2>
      {upcoming.length === 0 ? (
        <p>{m('child.eventsNone')}</p>
      ) : (
        <ul className="child-list">
          {upcoming.map(({ e, next }) => (
            <li key={e.id}>
              <a href={`/events/${e.id}/`}>{e.title}</a>
              <p className="yt-muted">{`${next ? formatEventTime(next.start, next.end) : ''} · ${e.districtName}`}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/events/?band=${band}`}>{m('child.eventsAll')}</a>
      </p>
    </section>
  );
}

export function MoodSection() {
  const { m } = useChild();
  return (
    <section aria-labelledby="child-mood-heading" className="child-mood">
      <h2 id="child-mood-heading">{m('child.moodHeading')}</h2>
      <p>{m('child.moodText')}</p>
      <p>
        <strong>{m('child.moodUrgent')}</strong>
      </p>
      <p>
        <a href="tel:12356" className="yt-button">{m('child.mood12356')}</a> <a href="/guides/low-mood-in-pregnancy-and-after-birth/">{m('child.moodGuide')}</a>
      </p>
    </section>
  );
}
