// The child's age and band at the top; the pregnancy view; and what shows when stored dates make no sense.
import type { CivilDate } from '../../lib/age/civil-date';
import { buildPrenatalTimeline } from '../../lib/child-profile/build-checkup-timeline';
import type { ChildProfile } from '../../lib/child-profile/child-store';
import type { ChildProblem } from '../../lib/child-profile/validate-child-profile';
import type { ChildAge } from '../../lib/child-profile/to-child-age';
import { toPregnancyWeeks } from '../../lib/child-profile/to-child-age';
import { formatChineseDate } from '../../lib/content/format-date';
import { childLabel, useChild } from './child-context';
import { BandEvents, BandGuides, MoodSection } from './ChildExtras';
import { VisitItem } from './CheckupPlan';

function EditButton() {
  const { m, openForm } = useChild();
  return (
    <p className="child-actions">
      <button type="button" className="yt-button" id="child-edit" onClick={() => openForm('edit')}>{m('child.edit')}</button>
    </p>
  );
}

export function ChildSummary({ child, age }: { child: ChildProfile; age: ChildAge }) {
  const { m, data } = useChild();
  const bandInfo = data.bands.find((b) => b.id === age.band);
  const years = Math.floor(age.months / 12);
  return (
    <section className="child-summary" aria-labelledby="child-summary-heading">
      <h2 id="child-summary-heading" tabIndex={-1}>{m('child.ageHeading', { name: childLabel(m, child) })}</h2>
      <p className="child-age" data-age="">
        {years >= 2 ? m('child.ageYears', { years, months: age.months % 12, totalMonths: age.months, days: age.days }) : m('child.age', { months: age.months, days: age.days })}
      </p>
      {age.corrected ? <p data-corrected="">{age.corrected.beforeDueDate ? m('child.correctedBeforeDue') : m('child.correctedAge', { months: age.corrected.months, days: age.corrected.days })}</p> : null}
      {bandInfo ? (
        <p data-band={bandInfo.id}>
          <strong>{m('child.bandHeading', { band: bandInfo.label })}</strong> {bandInfo.lead} <a href={`/ages/${bandInfo.id}/`}>{m('child.bandPage', { band: bandInfo.label })}</a>
        </p>
      ) : (
        <p>{m('child.tooOld')}</p>
      )}
      <EditButton />
    </section>
  );
}

export function InvalidProfile({ child, problems, problemText }: { child: ChildProfile; problems: ChildProblem[]; problemText: (p: ChildProblem) => string }) {
  const { m } = useChild();
  return (
    <section className="child-summary" aria-labelledby="child-summary-heading">
      <h2 id="child-summary-heading" tabIndex={-1}>{m('child.ageHeading', { name: childLabel(m, child) })}</h2>
      <p className="yt-notice yt-notice--danger" data-invalid-profile="">{m('child.invalidProfile', { name: childLabel(m, child), problem: problems.map(problemText).join('') })}</p>
      <EditButton />
    </section>
  );
}

export function PregnancyView({ child, dueDate, askIfBorn }: { child: ChildProfile; dueDate: CivilDate; askIfBorn: boolean }) {
  const { m, data, today } = useChild();
  const { weeks, days, daysToDue } = toPregnancyWeeks(dueDate, today);
  const prenatal = data.prenatal;
  const visits = buildPrenatalTimeline(prenatal.visits, dueDate, today);
  const guidelineVisits = buildPrenatalTimeline(prenatal.guideline.visits, dueDate, today);
  const keyTests = buildPrenatalTimeline(prenatal.guideline.keyTests, dueDate, today);
  const postpartum = prenatal.visits.filter((v) => v.toWeek === undefined).map((v) => `${v.name}（${v.window}）`);
  const band = data.bands.find((b) => b.id === 'pregnancy');
  return (
    <>
      <section className="child-summary" aria-labelledby="child-summary-heading">
        <h2 id="child-summary-heading" tabIndex={-1}>{m('child.ageHeading', { name: childLabel(m, child) })}</h2>
        <p className="child-age" data-pregnancy-weeks={String(weeks)}>{weeks < 0 ? m('child.pregnancyEarly') : m('child.pregnancyHeading', { weeks, days })}</p>
        <p>{daysToDue >= 0 ? m('child.pregnancyDue', { date: formatChineseDate(dueDate), days: daysToDue }) : m('child.pregnancyPast')}</p>
        {askIfBorn ? <p className="yt-notice" data-ask-if-born="">{m('child.askIfBorn')}</p> : null}
        <EditButton />
      </section>
      <section aria-labelledby="child-prenatal-heading">
        <h2 id="child-prenatal-heading">{m('child.prenatalHeading')}</h2>
        <p>{prenatal.visitsSummary}</p>
        <ul className="child-list">
          {visits.map((v) => (
            <VisitItem key={v.id} visit={v} />
          ))}
        </ul>
        <p>{m('child.prenatalPostpartum', { items: postpartum.join('；') })}</p>
      </section>
      <section aria-labelledby="child-prenatal-guideline-heading">
        <h2 id="child-prenatal-guideline-heading">{prenatal.guideline.title}</h2>
        <p>{prenatal.guideline.summary}</p>
        <ul className="child-list">
          {guidelineVisits.map((v) => (
            <VisitItem key={v.id} visit={v} />
          ))}
        </ul>
        <h3>{m('child.prenatalKeyTests')}</h3>
        <ul className="child-list">
          {keyTests.map((v) => (
            <VisitItem key={v.id} visit={v} />
          ))}
        </ul>
      </section>
      {band ? <BandGuides band={band} /> : null}
      <MoodSection />
      <BandEvents band="pregnancy" />
    </>
  );
}
