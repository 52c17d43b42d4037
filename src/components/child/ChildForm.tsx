// Adding or editing a child (or a pregnancy). The inputs are uncontrolled: what the parent types stays in them until
// saved, whatever else changes on the page.
import { useState, type FormEvent } from 'react';
import { parseCivilDate } from '../../lib/age/civil-date';
import type { ChildProfile } from '../../lib/child-profile/child-store';
import { checkFormDate } from '../../lib/child-profile/validate-child-profile';
import { newId, useChild } from './child-context';

export function ChildForm({ child, canCancel, onSaved, onCancel }: { child: ChildProfile | undefined; canCancel: boolean; onSaved: (profile: ChildProfile) => void; onCancel: () => void }) {
  const { m, data, today, focusAfterRender } = useChild();
  const [expecting, setExpecting] = useState(child ? child.dueDate !== undefined : false);
  const [error, setError] = useState('');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const fail = (key: string, focusId = 'child-date') => {
      setError(m(key));
      focusAfterRender(focusId);
    };
    const date = parseCivilDate(String(form.get('date') ?? '').trim());
    if (!date) return fail('child.errorDate');
    const problem = checkFormDate(expecting ? 'expecting' : 'born', date, today);
    if (problem) return fail({ birthInFuture: 'child.errorFuture', birthTooOld: 'child.errorDate', dueTooFar: 'child.errorDueRange', dueLongPast: 'child.errorDueLongPast' }[problem]);
    const weeksText = String(form.get('weeks') ?? '').trim();
    const weeks = weeksText === '' ? undefined : Number(weeksText);
    if (weeks !== undefined && !(Number.isInteger(weeks) && weeks >= 22 && weeks <= 44)) return fail('child.gestationHint', 'child-weeks');
    const sex = form.get('sex');
    const district = String(form.get('district') ?? '');
    setError('');
    onSaved({
      id: child?.id ?? newId(),
      nickname: String(form.get('nickname') ?? '').trim().slice(0, 20),
      birthDate: expecting ? undefined : date,
      dueDate: expecting ? date : undefined,
      gestationWeeks: expecting ? undefined : weeks,
      sex: !expecting && (sex === 'boy' || sex === 'girl') ? sex : child?.sex,
      district: data.districts.some((d) => d.id === district) ? district : undefined,
      // The reducer keeps the lists stored now for an existing child.
      milestones: child?.milestones ?? [],
      givenDoses: child?.givenDoses ?? [],
      vaccineAnswer: child?.vaccineAnswer,
      parentConfirmedDoses: child?.parentConfirmedDoses ?? [],
      vaccineChoices: child?.vaccineChoices ?? {},
      growth: child?.growth ?? [],
    });
  };

  return (
    <form className="child-form" noValidate aria-labelledby="child-form-heading" onSubmit={submit}>
      <h2 id="child-form-heading" tabIndex={-1}>{child ? m('child.editHeading') : m('child.addHeading')}</h2>
      <fieldset>
        <legend>{m('child.kind')}</legend>
        <label className="child-radio">
          <input type="radio" name="kind" value="born" id="child-kind-born" defaultChecked={!expecting} onChange={() => setExpecting(false)} /> {m('child.kindBorn')}
        </label>
        <label className="child-radio">
          <input type="radio" name="kind" value="expecting" id="child-kind-expecting" defaultChecked={expecting} onChange={() => setExpecting(true)} /> {m('child.kindExpecting')}
        </label>
      </fieldset>
      <p className="child-field">
        <label htmlFor="child-nickname">{m('child.nickname')}</label>
        <input id="child-nickname" name="nickname" maxLength={20} defaultValue={child?.nickname ?? ''} autoComplete="off" />
      </p>
      <p className="child-field">
        <label htmlFor="child-date">{m(expecting ? 'child.dueDate' : 'child.birthDate')}</label>
        <input id="child-date" name="date" type="date" required defaultValue={child?.birthDate ?? child?.dueDate ?? ''} aria-invalid={error ? true : undefined} aria-describedby={error ? 'child-form-error' : undefined} />
      </p>
      <div hidden={expecting}>
        <p className="child-field">
          <label htmlFor="child-weeks">{m('child.gestationWeeks')}</label>
          <span className="yt-muted child-hint" id="child-weeks-hint">{m('child.gestationHint')}</span>
          <input id="child-weeks" name="weeks" type="number" min={22} max={44} step={1} inputMode="numeric" defaultValue={child?.gestationWeeks?.toString() ?? ''} aria-describedby="child-weeks-hint" />
        </p>
        <p className="child-field">
          <label htmlFor="child-sex">{m('child.sex')}</label>
          <select id="child-sex" name="sex" defaultValue={child?.sex ?? ''}>
            <option value="">{m('child.sexUnknown')}</option>
            <option value="boy">{m('child.sexBoy')}</option>
            <option value="girl">{m('child.sexGirl')}</option>
          </select>
        </p>
      </div>
      <p className="child-field">
        <label htmlFor="child-district">{m('child.district')}</label>
        <select id="child-district" name="district" defaultValue={child?.district ?? ''}>
          <option value="">{m('child.districtUnknown')}</option>
          {data.districts.map((d) => (
            <option key={d.id} value={d.id}>{d.name}</option>
          ))}
        </select>
      </p>
      {error ? <p className="yt-notice yt-notice--danger" role="alert" id="child-form-error">{error}</p> : null}
      <p className="child-actions">
        <button type="submit" className="yt-button" id="child-save">{m('child.save')}</button>
        {canCancel ? <button type="button" className="yt-button" onClick={onCancel}>{m('child.cancel')}</button> : null}
      </p>
    </form>
  );
}
