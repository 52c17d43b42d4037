// Growth: the form (kept as typed until saved, every problem said next to its field), the chart, and the records as
// a list that fits a 360 px phone, each with its level in words and a 删除 button in view.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { buildGrowthChart } from '../../lib/child-profile/build-growth-chart';
import type { ChildProfile, GrowthRecord } from '../../lib/child-profile/child-store';
import { checkGrowthInput, type GrowthInputField } from '../../lib/child-profile/check-growth-input';
import { describeGrowthLevel } from '../../lib/child-profile/describe-growth-level';
import { placeCurveLabels } from '../../lib/child-profile/place-curve-labels';
import { placeGrowthRecords, toPercentileLinesAt, type GrowthIndicator, type GrowthStandard, type GrowthTables } from '../../lib/child-profile/place-growth-records';
import { formatChineseDate } from '../../lib/content/format-date';
import { parseGrowthTable, type GrowthTable } from '../../lib/growth/parse-growth-table';
import { BUILD_ID, toBuildDataUrl } from '../../lib/site/build-data-url';
import { newId, useChild } from './child-context';

const INDICATORS = ['weight', 'length', 'head'] as const;

/** The growth tables, fetched once per page (only when a chart is needed), and kept once here. */
let tablesRequest: Promise<GrowthTables> | undefined;
let loadedTables: GrowthTables | undefined;
function loadTables(): Promise<GrowthTables> {
  tablesRequest ??= fetch(toBuildDataUrl('/my-child/growth.json', BUILD_ID))
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(r.status)))))
    .then((raw) => {
      const tables: Record<string, GrowthTable> = {};
      for (const [name, text] of Object.entries(raw)) {
        const parsed = parseGrowthTable(text);
        if (parsed.ok) tables[name] = parsed.table;
      }
      loadedTables = tables;
      return tables;
    })
    .catch((e: unknown) => {
      tablesRequest = undefined;
      throw e;
    });
  return tablesRequest;
}

/** Starts fetching the tables while the rest of the page loads, so the chart is drawn with the section, not after it. */
export function preloadGrowthTables(): void {
  loadTables().catch(() => undefined); // the section says so itself when it asks again
}

type Field = 'date' | 'weightKg' | 'lengthCm' | 'headCm';
const MEASURES = [
  { field: 'weightKg', label: 'child.growthWeight', step: 0.01 },
  { field: 'lengthCm', label: 'child.growthLength', step: 0.1 },
  { field: 'headCm', label: 'child.growthHead', step: 0.1 },
] as const;

function GrowthForm({ child, tables }: { child: ChildProfile; tables: GrowthTables }) {
  const { m, today, act, focusAfterRender } = useChild();
  const birth = child.birthDate ?? today;
  const [problems, setProblems] = useState<Partial<Record<GrowthInputField, string>>>({});
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    // Checked against the growth tables for the child's age (with only the stored-data limits until they load).
    const check = checkGrowthInput({ date: text('date'), weightKg: text('weightKg'), lengthCm: text('lengthCm'), headCm: text('headCm') }, { birthDate: birth, sex: child.sex, gestationWeeks: child.gestationWeeks }, tables, today);
    const found: Partial<Record<GrowthInputField, string>> = {};
    for (const [field, problem] of Object.entries(check.problems)) if (problem) found[field as GrowthInputField] = m(problem.key, problem.params);
    setProblems(found);
    const first = (['date', 'weightKg', 'lengthCm', 'headCm'] as const).find((f) => found[f]) ?? (found.form ? 'weightKg' : undefined);
    if (first || !check.record) {
      focusAfterRender(`growth-${first ?? 'weightKg'}`.replace('weightKg', 'weight').replace('lengthCm', 'length').replace('headCm', 'head'));
      return;
    }
    const record: GrowthRecord = { id: newId(), ...check.record };
    for (const { field } of MEASURES) {
      const input = form.elements.namedItem(field);
      if (input instanceof HTMLInputElement) input.value = '';
    }
    focusAfterRender('growth-save');
    act({ type: 'addGrowth', childId: child.id, record }, m('child.saved'));
  };
  // The ids stay as before (growth-weight …): the labels point at them.
  const idOf = (field: Field) => `growth-${field === 'weightKg' ? 'weight' : field === 'lengthCm' ? 'length' : field === 'headCm' ? 'head' : 'date'}`;
  const fieldProps = (field: Field) => ({
    id: idOf(field),
    name: field,
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? `${idOf(field)}-problem` : undefined,
  });
  const problem = (field: Field) =>
    problems[field] ? (
      <span className="child-field-problem" id={`${idOf(field)}-problem`} data-field-problem={field}>
        {problems[field]}
      </span>
    ) : null;
  return (
    <form className="child-growth-form" noValidate onSubmit={submit}>
      <p className="child-field">
        <label htmlFor="growth-date">{m('child.growthDate')}</label>
        <input {...fieldProps('date')} type="date" defaultValue={today} min={birth} max={today} />
        {problem('date')}
      </p>
      {MEASURES.map(({ field, label, step }) => (
        <p className="child-field" key={field}>
          <label htmlFor={idOf(field)}>{m(label)}</label>
          {/* Text with a decimal keypad, not type=number: a browser empties a number field it cannot read (7,5), and
              then the parent's typing vanishes without a word. checkGrowthInput says what is wrong instead. */}
          <input {...fieldProps(field)} type="text" inputMode="decimal" autoComplete="off" data-step={step} />
          {problem(field)}
        </p>
      ))}
      {problems.form ? <p className="child-field-problem" role="alert">{problems.form}</p> : null}
      <p>
        <button type="submit" className="yt-button" id="growth-save">{m('child.growthAdd')}</button>
      </p>
    </form>
  );
}

export function GrowthSection({ child }: { child: ChildProfile }) {
  const { m, today } = useChild();
  const [tables, setTables] = useState<GrowthTables | undefined>(loadedTables);
  const [failed, setFailed] = useState(false);
  const [standard, setStandard] = useState<GrowthStandard>('chinese');
  const [indicator, setIndicator] = useState<GrowthIndicator>('weight');
  const mounted = useRef(true);
  // Needed for the chart and for checking what is typed against the child's age: small and precached.
  const needsTables = child.birthDate !== undefined;
  useEffect(() => {
    mounted.current = true;
    if (needsTables && !tables) {
      loadTables().then(
        (t) => mounted.current && setTables(t),
        () => mounted.current && setFailed(true),
      );
    }
    return () => {
      mounted.current = false;
    };
  }, [needsTables, tables]);

  const birth = child.birthDate ?? today;
  const sex = child.sex;
  const placedBy = sex && tables ? Object.fromEntries(INDICATORS.map((i) => [i, placeGrowthRecords(child.growth, { birthDate: birth, gestationWeeks: child.gestationWeeks, sex, indicator: i, standard, tables })])) : undefined;
  const placed = placedBy?.[indicator];
  return (
    <section aria-labelledby="child-growth-heading" className="child-growth">
      <h2 id="child-growth-heading">{m('child.growthHeading')}</h2>
      <p>{m('child.growthLead')}</p>
      <GrowthForm child={child} tables={tables ?? {}} />
      {child.growth.length === 0 ? <p>{m('child.growthNone')}</p> : null}
      {child.growth.length > 0 && !sex ? <p className="yt-notice">{m('child.growthNeedsSex')}</p> : null}
      {child.growth.length > 0 && sex && failed ? <p className="yt-notice">{m('child.growthLoadError')}</p> : null}
      {child.growth.length > 0 && sex && !failed ? (
        <>
          <div className="child-growth-controls">
            <p className="child-field">
              <label htmlFor="growth-indicator">{m('child.growthIndicator')}</label>
              <select id="growth-indicator" value={indicator} onChange={(e) => setIndicator(e.currentTarget.value as GrowthIndicator)}>
                {INDICATORS.map((i) => (
                  <option key={i} value={i}>{m(`child.growthIndicator.${i}`)}</option>
                ))}
              </select>
            </p>
            <p className="child-field">
              <label htmlFor="growth-standard">{m('child.growthStandard')}</label>
              <select id="growth-standard" value={standard} onChange={(e) => setStandard(e.currentTarget.value as GrowthStandard)}>
                <option value="chinese">{m('child.growthChinese')}</option>
                <option value="who">{m('child.growthWho')}</option>
              </select>
            </p>
          </div>
          {placed && tables ? (
            <GrowthChartFigure child={child} tables={tables} standard={standard} indicator={indicator} points={placed.points} />
          ) : (
            // The chart's place, kept while the tables arrive, so the records below do not jump.
            <div className="child-chart child-chart--pending" aria-hidden="true" />
          )}
          {placed?.concerns.map((c, i) => (
            <p className="yt-notice" data-growth-concern={c.kind} key={i}>{c.message}</p>
          ))}
        </>
      ) : null}
      {child.growth.length > 0 ? <GrowthList child={child} placedBy={placedBy} /> : null}
    </section>
  );
}

function GrowthChartFigure({ child, tables, standard, indicator, points }: { child: ChildProfile; tables: GrowthTables; standard: GrowthStandard; indicator: GrowthIndicator; points: ReturnType<typeof placeGrowthRecords>['points'] }) {
  const { m } = useChild();
  const sex = child.sex ?? 'girl';
  const maxAge = Math.max(0, ...points.map((p) => p.ageMonths));
  const toMonths = Math.min(indicator === 'head' ? 36 : 72, Math.max(6, Math.ceil((maxAge + 2) / 6) * 6));
  const chart = buildGrowthChart({ linesAt: (a) => toPercentileLinesAt(tables, standard, indicator, sex, a), fromMonths: 0, toMonths, width: 360, height: 300, points: points.map((p) => ({ id: p.recordId, ageMonths: p.ageMonths, value: p.value })) });
  // The P3 … P97 labels at the right end, moved apart so none overlaps (12 px text needs 12 units between lines).
  const labelY = new Map(placeCurveLabels(chart.lines.map((l) => ({ id: l.name, y: l.labelY })), 12, chart.plot.top, chart.plot.bottom).map((l) => [l.id, l.y]));
  const chartLabel = m('child.growthChartLabel', { indicator: m(`child.growthIndicator.${indicator}`) });
  return (
    <figure className="child-chart">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={chartLabel} focusable="false">
        {chart.yTicks.map((t) => (
          <g key={`y${t.label}`}>
            <line x1={chart.plot.left} x2={chart.plot.right} y1={t.y} y2={t.y} className="grid" />
            <text x={chart.plot.left - 6} y={t.y + 4} textAnchor="end">{t.label}</text>
          </g>
        ))}
        {chart.xTicks.map((t) => (
          <text key={`x${t.label}`} x={t.x} y={chart.plot.bottom + 18} textAnchor="middle">{t.label}</text>
        ))}
        <text x={chart.plot.right} y={chart.height - 4} textAnchor="end">{m('child.growthAge')}</text>
        <text x={4} y={chart.plot.top - 8}>{indicator === 'weight' ? 'kg' : 'cm'}</text>
        {chart.lines.map((l) => (
          <g key={l.name}>
            <path d={l.d} className={l.major ? 'line major' : 'line'} />
            <text x={chart.plot.right + 4} y={(labelY.get(l.name) ?? l.labelY) + 4} className="line-label">{l.name}</text>
          </g>
        ))}
        <path d={chart.trail} className="trail" />
        {chart.points.map((p) => (
          <circle key={p.id} cx={p.x} cy={p.y} r={5} className="point" />
        ))}
      </svg>
      <figcaption className="yt-muted">{`${chartLabel}。${m('child.growthSource')}${child.gestationWeeks !== undefined && child.gestationWeeks < 37 ? m('child.growthCorrectedNote') : ''}`}</figcaption>
    </figure>
  );
}

function GrowthList({ child, placedBy }: { child: ChildProfile; placedBy: Record<string, ReturnType<typeof placeGrowthRecords>> | undefined }) {
  const { m, act } = useChild();
  const rows = [...child.growth].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const valueOf = (r: GrowthRecord, i: GrowthIndicator) => (i === 'weight' ? r.weightKg : i === 'length' ? r.lengthCm : r.headCm);
  return (
    <>
      <h3 id="growth-list-heading">{m('child.growthList')}</h3>
      <ul className="child-growth-list" aria-labelledby="growth-list-heading">
        {rows.map((r) => {
          const age = placedBy ? INDICATORS.map((i) => placedBy[i]?.points.find((p) => p.recordId === r.id)?.ageMonths).find((a) => a !== undefined) : undefined;
          return (
            <li key={r.id} data-growth-record={r.id}>
              <p className="child-growth-when">
                <strong>{formatChineseDate(r.date)}</strong>
                {age !== undefined ? ` · ${m('child.growthAgeMonths', { months: age.toFixed(1) })}` : ''}
              </p>
              <ul className="child-growth-values" data-where="">
                {INDICATORS.map((i) => {
                  const v = valueOf(r, i);
                  if (v === undefined) return null;
                  const point = placedBy?.[i]?.points.find((p) => p.recordId === r.id);
                  const described = placedBy ? describeGrowthLevel(point?.percentileBand) : undefined;
                  const level = described ? m(described.key, described.params) : undefined;
                  return (
                    <li key={i}>
                      {`${m(`child.growthIndicator.${i}`)} ${v} ${i === 'weight' ? 'kg' : 'cm'}`}
                      {level ? <span className="child-growth-level" data-level={described?.level}>{`${m(`child.growthIndicator.${i}`)}${m('child.growthLevelHeading')}：${level}`}</span> : null}
                    </li>
                  );
                })}
              </ul>
              <button type="button" className="yt-button child-growth-remove" aria-label={`${m('child.growthRemove')} ${formatChineseDate(r.date)}`} onClick={() => act({ type: 'removeGrowth', childId: child.id, recordId: r.id })}>
                {m('child.growthRemove')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
