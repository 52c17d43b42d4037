// The .ics download, made on the device, and what to do with the file afterwards on each kind of phone.
import { useEffect, useState } from 'react';
import type { TimelineVisit } from '../../lib/child-profile/build-checkup-timeline';
import { buildChildCalendarEvents, CHILD_CALENDAR_MESSAGE_KEYS, type ChildCalendarMessages } from '../../lib/child-profile/build-child-calendar';
import type { TimelineDose } from '../../lib/child-profile/build-vaccine-timeline';
import type { ChildProfile } from '../../lib/child-profile/child-store';
import { childLabel, useChild } from './child-context';
import { downloadText } from './child-storage';

/** The .ics writer loads after the first paint; the section itself is drawn at once, so nothing below it moves. */
const loadICalendar = () => import('../../lib/ical/build-icalendar');

/** WeChat's built-in browser blocks downloads; its user agent says MicroMessenger. Used only to put its advice first. */
const inWeChat = () => /MicroMessenger/i.test(navigator.userAgent);

export function CalendarExport({ child, doses, visits }: { child: ChildProfile; doses: TimelineDose[]; visits: TimelineVisit[] }) {
  const { m, data, today } = useChild();
  const [downloaded, setDownloaded] = useState(false);
  useEffect(() => void loadICalendar(), []);
  const label = childLabel(m, child);
  const events = buildChildCalendarEvents({ childId: child.id, childLabel: label, doses, visits, today, host: data.host, doseAdvice: m('child.calendarDoseAdvice'), visitAdvice: m('child.calendarVisitAdvice'), messages: Object.fromEntries(CHILD_CALENDAR_MESSAGE_KEYS.map((k) => [k, m(k)])) as ChildCalendarMessages });
  const wechat = inWeChat();
  const steps = [
    { id: 'iphone', text: m('child.calendarHowIphone') },
    { id: 'android', text: m('child.calendarHowAndroid') },
    { id: 'wechat', text: m('child.calendarHowWechat') },
  ];
  if (wechat) steps.unshift(...steps.splice(2, 1));
  return (
    <section aria-labelledby="child-calendar-heading" className="child-calendar">
      <h2 id="child-calendar-heading">{m('child.calendarHeading')}</h2>
      <p>{m('child.calendarLead')}</p>
      {events.length === 0 ? (
        <p>{m('child.calendarEmpty')}</p>
      ) : (
        <button
          type="button"
          className="yt-button"
          id="child-calendar-button"
          data-calendar=""
          onClick={async () => {
            const { buildICalendar } = await loadICalendar();
            const text = buildICalendar(events, { prodId: '-//育儿通//我的孩子//ZH', name: m('child.calendarName', { name: label }), dtstamp: new Date().toISOString() });
            downloadText(text, `yuertong-${today}.ics`, 'text/calendar;charset=utf-8');
            setDownloaded(true);
          }}
        >
          {`${m('child.calendarButton')}（${events.length}）`}
        </button>
      )}
      {downloaded || wechat ? (
        <div className="child-calendar-how" data-calendar-how="" role="status">
          <h3>{m('child.calendarHowHeading')}</h3>
          <ul>
            {steps.map((s) => (
              <li key={s.id} data-how={s.id}>{wechat && s.id === 'wechat' ? <strong>{s.text}</strong> : s.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
