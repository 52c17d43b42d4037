import { useState } from 'react';
import type { AgeBandId } from '../../lib/age/age-bands';
import type { ChildData } from '../../lib/child-profile/child-data';
import type { ChildProfile } from '../../lib/child-profile/child-store';
import { toBandWarningRows } from '../../lib/milestones/to-band-warning-rows';
import { useChild } from './child-context';

export function MilestoneList({ child, band }: { child: ChildProfile; band: AgeBandId }) {
  const { m, data, act } = useChild();
  const set = data.milestones.find((x) => x.band === band);
  if (!set) return null;
  const bandLabel = data.bands.find((b) => b.id === band)?.label ?? band;
  const ids = set.checkpoints.flatMap((c) => c.items.map((i) => i.id));
  return (
    <>
      <section aria-labelledby="child-milestones-heading">
        <h2 id="child-milestones-heading">{m('child.milestonesHeading', { band: bandLabel })}</h2>
        <p>{m('child.milestonesLead')}</p>
        <p data-progress="">{m('child.milestonesProgress', { done: ids.filter((id) => child.milestones.includes(id)).length, total: ids.length })}</p>
        {set.checkpoints.map((c) => (
          <fieldset className="child-milestones" key={c.ageMonths}>
            <legend>{m('child.byMonths', { months: c.ageMonths })}</legend>
            {c.items.map((i) => (
              <p className="child-check" key={i.id}>
                <input type="checkbox" id={`ms-${i.id}`} data-milestone={i.id} checked={child.milestones.includes(i.id)} onChange={(e) => act({ type: 'setMilestone', childId: child.id, milestoneId: i.id, done: e.currentTarget.checked })} />
                <label htmlFor={`ms-${i.id}`}> {i.text}</label>
              </p>
            ))}
          </fieldset>
        ))}
        {set.note ? <p className="yt-muted">{set.note}</p> : null}
      </section>
      <section aria-labelledby="child-warning-heading" className="child-warnings">
        <h2 id="child-warning-heading">{m('child.warningHeading')}</h2>
        <p>
          <strong>{`${data.warningSigns.rule}：`}</strong>
        </p>
        {toBandWarningRows(data.warningSigns.rows, band).map((w) => (
          <div className="yt-notice yt-notice--danger" data-warning-age={String(w.ageMonths)} key={w.ageMonths}>
            <h3>{w.heading}</h3>
            <ul>
              {w.signs.map((sign) => (
                <li key={sign}>{sign}</li>
              ))}
            </ul>
          </div>
        ))}
        <p>{m('child.warningTip')}</p>
        <Clinics child={child} />
      </section>
    </>
  );
}

function Clinics({ child }: { child: ChildProfile }) {
  const { m, data } = useChild();
  // Clinics nearest first, once the parent asked; the distance code loads only then (it is not needed otherwise).
  const [nearest, setNearest] = useState<ChildData['clinics'] | undefined>();
  const near = nearest !== undefined;
  let clinics = nearest ?? data.clinics;
  if (!near && child.district) clinics = clinics.filter((c) => c.district === child.district);
  return (
    <div className="child-clinics">
      <h3>{m('child.clinicsHeading')}</h3>
      <ul className="child-list">
        {clinics.slice(0, 3).map((c) => (
          <li key={c.id}>
            <a href={`/places/${c.id}/`}>{c.name}</a>
            <p className="yt-muted">{`${c.districtName} · ${c.address}`}</p>
            <p>{m('child.clinicHours', { hours: c.hours })}</p>
            {c.phone ? <p>{m('child.clinicPhone', { phone: c.phone })}</p> : null}
          </li>
        ))}
      </ul>
      <p>
        <a href="/places/?type=clinic">{m('child.clinicsAll')}</a>
      </p>
      {'geolocation' in navigator && !near ? (
        <p>
          <button
            type="button"
            className="yt-button"
            onClick={() =>
              navigator.geolocation.getCurrentPosition(
                (pos) => {
                  const here: [number, number] = [pos.coords.longitude, pos.coords.latitude];
                  void import('../../lib/geo/convert-coordinates').then(({ distanceMetres }) => setNearest([...data.clinics].sort((a, b) => distanceMetres(here, a.position) - distanceMetres(here, b.position))));
                },
                () => undefined,
                { maximumAge: 600_000, timeout: 15_000 },
              )
            }
          >
            {m('child.clinicsNearMe')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
