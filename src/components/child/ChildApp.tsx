// The on-device child timeline (/my-child/): a React island over the pure functions in src/lib/child-profile.
// Everything about the child stays in this browser: the only requests are for the build-time data
// (/my-child/data.json, /my-child/growth.json), which carry nothing about the child.
//
// State: the stored children change only through childReducer (child-reducer.ts), and every change is saved at once
// (merged into what another tab may have written meanwhile). What a parent types but has not saved lives in the
// form's own inputs, which React keeps on screen whatever else changes; controls keep their focus because elements
// are updated, not rebuilt.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { toCivilDate } from '../../lib/age/civil-date';
import { buildCheckupTimeline } from '../../lib/child-profile/build-checkup-timeline';
import { buildVaccineTimeline } from '../../lib/child-profile/build-vaccine-timeline';
import { fromImmunizationJson, type ChildData } from '../../lib/child-profile/child-data';
import { findSelectedChild, type ChildProfile, type ChildStore } from '../../lib/child-profile/child-store';
import { mergeChildStores } from '../../lib/child-profile/merge-child-stores';
import type { StoreLoadPlan } from '../../lib/child-profile/plan-child-storage';
import { checkChildProfile, type ChildProblem } from '../../lib/child-profile/validate-child-profile';
import { toChildAge } from '../../lib/child-profile/to-child-age';
import { fillTemplate } from '../../lib/i18n/fill-template';
import { BUILD_ID, toBuildDataUrl } from '../../lib/site/build-data-url';
import { ChildContext, childLabel, useChild, type ChildContextValue, type Messages } from './child-context';
import { childReducer, type ChildAction } from '../../lib/child-profile/child-reducer';
import { discardUnreadable, downloadText, loadStore, readUnreadable, saveStore, watchStore } from './child-storage';
import { CheckupPlan } from './CheckupPlan';
import { BandEvents, BandGuides, MoodSection } from './ChildExtras';
import { ChildForm } from './ChildForm';
import { ChildSummary, InvalidProfile, PregnancyView } from './ChildSummary';
import { DataTools } from './DataTools';
import { MilestoneList } from './MilestoneList';
import { SectionBoundary } from './SectionBoundary';
import { NextVaccines, VaccinePlan } from './VaccinePlan';
import { CalendarExport } from './CalendarExport';

// The growth section (chart geometry, table parsing) is its own file, precached like the rest: the timeline is drawn
// without waiting for it. When a born child is stored, it and the growth tables are fetched alongside the page's data,
// so they are usually here first; if not, a placeholder of the section's size holds its place (nothing below moves).
const loadGrowthSection = () => import('./GrowthSection');
const GrowthSection = lazy(() => loadGrowthSection().then((module) => ({ default: module.GrowthSection })));
// Likewise the calendar file's writer (CalendarExport loads it): a button most visits never press. The calendar section
// itself is drawn at once, because it sits above the milestones and a late section would move them under a finger.

interface Loaded {
  data: ChildData;
  load: StoreLoadPlan;
}

export default function ChildApp({ failedText, loadingText }: { failedText: string; loadingText: string }) {
  const [loaded, setLoaded] = useState<Loaded | 'failed' | undefined>();
  useEffect(() => {
    const load = loadStore();
    if (load.store.children.some((c) => c.birthDate)) {
      loadGrowthSection().then(
        (module) => module.preloadGrowthTables(),
        () => undefined, // offline and never cached: the section's own boundary says so when it is drawn
      );
    }
    fetch(toBuildDataUrl('/my-child/data.json', BUILD_ID))
      .then((r) => (r.ok ? (r.json() as Promise<ChildData>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => setLoaded({ data, load }))
      .catch(() => setLoaded('failed'));
  }, []);
  if (loaded === 'failed') return <p className="yt-notice">{failedText}</p>;
  // The same line, and the same reserved height, as the island's fallback (ChildApp.astro): nothing moves until the timeline is drawn.
  if (!loaded) return <p role="status" className="yt-island-loading">{loadingText}</p>;
  return <Timeline data={loaded.data} initialLoad={loaded.load} />;
}

function Timeline({ data, initialLoad }: { data: ChildData; initialLoad: StoreLoadPlan }) {
  const m: Messages = useCallback((key, params = {}) => fillTemplate(data.messages[key] ?? key, params), [data]);
  const schedule = useMemo(() => fromImmunizationJson(data.immunization), [data]);
  const today = toCivilDate(new Date());
  const [store, setStore] = useState<ChildStore>(initialLoad.store);
  const [load, setLoad] = useState(initialLoad);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<'new' | 'edit' | undefined>(initialLoad.store.children.length === 0 && initialLoad.writable ? 'new' : undefined);
  // The store and what was stored when this tab last read or wrote (the merge base), for handlers between renders.
  const storeRef = useRef(store);
  const baselineRef = useRef<ChildStore>(structuredClone(initialLoad.store));
  const loadRef = useRef(load);
  const pendingFocus = useRef<string | undefined>(undefined);
  const [focusTick, setFocusTick] = useState(0);

  const setBoth = (next: ChildStore) => {
    storeRef.current = next;
    setStore(next);
  };

  /** Re-reads storage (another tab wrote, or a notice was acted on), keeping this tab's unsaved changes. */
  const reload = useCallback(() => {
    const plan = loadStore();
    const merged = mergeChildStores(plan.store, storeRef.current, baselineRef.current);
    baselineRef.current = structuredClone(plan.store);
    loadRef.current = plan;
    storeRef.current = merged;
    setStore(merged);
    setLoad(plan);
    if (!plan.writable) setEditing((e) => (e === 'new' ? undefined : e));
    return { plan, merged };
  }, []);

  useEffect(() => watchStore(() => void reload()), [reload]);

  // Focus asked for by the last action (a dose that moved to another group, a saved form, a field with a problem).
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = undefined;
    document.getElementById(id)?.focus();
  });

  const act = (action: ChildAction, okStatus = '') => {
    const next = childReducer(storeRef.current, action);
    // Unsaved changes stay on screen (and are written with the next save that succeeds).
    setBoth(next);
    if (!loadRef.current.writable) return setStatus(m('child.notSavedReadOnly'));
    const outcome = saveStore(next, baselineRef.current);
    if (outcome.kind === 'failed') return setStatus(m('child.storageFailed'));
    if (outcome.kind === 'blocked') {
      reload();
      return setStatus(m('child.notSavedReadOnly'));
    }
    baselineRef.current = structuredClone(outcome.store);
    setBoth(outcome.store);
    setStatus(okStatus);
  };

  const context: ChildContextValue = {
    data,
    schedule,
    m,
    today,
    act,
    focusAfterRender: (id) => {
      pendingFocus.current = id;
      setFocusTick(focusTick + 1);
    },
    openForm: (mode) => {
      setEditing(mode);
      context.focusAfterRender(mode === 'edit' ? 'child-nickname' : 'child-kind-born');
    },
    say: setStatus,
  };
  const problemText = (p: ChildProblem) => m(`child.problem.${p.code}`, { date: p.date });
  const child = findSelectedChild(store);
  const failed = m('child.sectionFailed');

  return (
    <ChildContext.Provider value={context}>
      <SectionBoundary failedText={failed}>
        <Notices load={load} migrated={initialLoad.migrated} onDiscarded={() => {
          const { plan, merged } = reload();
          if (merged.children.length === 0 && plan.writable) setEditing('new');
        }} />
      </SectionBoundary>
      {store.children.length > 1 || (child && !editing) ? (
        <div className="child-switcher">
          {store.children.length > 1 ? (
            <>
              <label htmlFor="child-select">{m('child.choose')}</label>
              <select
                id="child-select"
                value={child?.id}
                onChange={(e) => {
                  setEditing(undefined);
                  act({ type: 'select', childId: e.currentTarget.value });
                }}
              >
                {store.children.map((c) => (
                  <option key={c.id} value={c.id}>{childLabel(m, c)}</option>
                ))}
              </select>
            </>
          ) : null}
          {!editing ? (
            <button type="button" className="yt-button" id="child-add" onClick={() => context.openForm('new')}>{m('child.add')}</button>
          ) : null}
        </div>
      ) : null}
      {editing ? (
        <SectionBoundary failedText={failed}>
          <ChildForm
            key={editing === 'edit' ? child?.id : 'new'}
            child={editing === 'edit' ? child : undefined}
            canCancel={store.children.length > 0}
            onCancel={() => setEditing(undefined)}
            onSaved={(profile) => {
              setEditing(undefined);
              context.focusAfterRender('child-summary-heading');
              act({ type: 'saveProfile', profile }, m('child.saved'));
            }}
          />
        </SectionBoundary>
      ) : null}
      {child && !editing ? (
        <SectionBoundary failedText={failed}>
          <ChildView key={child.id} child={child} problemText={problemText} />
        </SectionBoundary>
      ) : null}
      <SectionBoundary failedText={failed}>
        <DataTools store={store} editing={editing !== undefined} problemText={problemText} onImported={() => setEditing(undefined)} onAllDeleted={() => setEditing('new')} />
      </SectionBoundary>
      <p className="yt-visually-hidden" data-live="" role="status" aria-live="polite">{status}</p>
    </ChildContext.Provider>
  );
}

function Notices({ load, migrated, onDiscarded }: { load: StoreLoadPlan; migrated: boolean; onDiscarded: () => void }) {
  const { m } = useChild();
  const unreadable = load.unreadable;
  const raw = unreadable ? readUnreadable(unreadable.place) : null;
  return (
    <>
      {migrated ? <p className="yt-notice">{m('child.migrated')}</p> : null}
      {load.newerVersion !== undefined ? (
        <div className="yt-notice yt-notice--danger" role="alert" data-newer="">
          <p>{m('child.newer', { version: load.newerVersion })}</p>
          <p className="child-actions">
            <button
              type="button"
              className="yt-button"
              id="child-newer-update"
              onClick={() => {
                // The site's own update prompt (AppStatus) shows when a new service worker is waiting: use it, so the
                // new version takes over; otherwise a reload fetches the newest pages.
                const apply = document.querySelector<HTMLButtonElement>('[data-update]:not([hidden]) [data-apply]');
                if (apply) apply.click();
                else location.reload();
              }}
            >
              {m('child.newerUpdate')}
            </button>
          </p>
        </div>
      ) : null}
      {unreadable ? (
        <div className="yt-notice yt-notice--danger" role="alert" data-unreadable="">
          <p>{m(unreadable.place === 'aside' ? 'child.unreadable' : 'child.unreadableKept', { reason: unreadable.reason })}</p>
          <p className="child-actions">
            {raw ? <button type="button" className="yt-button" onClick={() => downloadText(raw, 'yuertong-unreadable.txt', 'text/plain')}>{m('child.unreadableDownload')}</button> : null}
            <button
              type="button"
              className="yt-button"
              onClick={() => {
                discardUnreadable(unreadable.place);
                onDiscarded();
              }}
            >
              {m('child.unreadableDiscard')}
            </button>
          </p>
        </div>
      ) : null}
    </>
  );
}


/** The growth section's heading and room, while its file arrives. */
function GrowthPlaceholder() {
  const { m } = useChild();
  return (
    <section aria-labelledby="child-growth-heading" className="child-growth child-growth--pending">
      <h2 id="child-growth-heading">{m('child.growthHeading')}</h2>
      <p>{m('child.growthLead')}</p>
    </section>
  );
}

function ChildView({ child, problemText }: { child: ChildProfile; problemText: (p: ChildProblem) => string }) {
  const { m, data, schedule, today } = useChild();
  const failed = m('child.sectionFailed');
  const check = checkChildProfile(child, today);
  if (check.dateProblems.length > 0) return <InvalidProfile child={child} problems={check.dateProblems} problemText={problemText} />;
  if (child.dueDate) return <PregnancyView child={child} dueDate={child.dueDate} askIfBorn={check.askIfBorn} />;
  if (!child.birthDate) return null;
  const age = toChildAge(child.birthDate, today, child.gestationWeeks);
  const band = age.band;
  const bandInfo = data.bands.find((b) => b.id === band);
  const doses = buildVaccineTimeline(schedule, child.birthDate, today, child);
  const visits = buildCheckupTimeline(data.checkups, child.birthDate, today);
  // Each part on its own: one that fails leaves the others (and the data tools) in place.
  return (
    <>
      <ChildSummary child={child} age={age} />
      {check.growthProblems.length > 0 ? <p className="yt-notice" data-growth-date-problems="">{m('child.growthDateProblems', { problems: check.growthProblems.map(problemText).join('') })}</p> : null}
      <SectionBoundary failedText={failed}><NextVaccines child={child} doses={doses} /></SectionBoundary>
      <SectionBoundary failedText={failed}><CalendarExport child={child} doses={doses} visits={visits} /></SectionBoundary>
      {band ? <SectionBoundary failedText={failed}><MilestoneList child={child} band={band} /></SectionBoundary> : null}
      <SectionBoundary failedText={failed}><CheckupPlan visits={visits} /></SectionBoundary>
      <SectionBoundary failedText={failed}><VaccinePlan child={child} doses={doses} /></SectionBoundary>
      <SectionBoundary failedText={failed}><Suspense fallback={<GrowthPlaceholder />}><GrowthSection child={child} /></Suspense></SectionBoundary>
      {bandInfo ? <SectionBoundary failedText={failed}><BandGuides band={bandInfo} /></SectionBoundary> : null}
      {band ? <SectionBoundary failedText={failed}><BandEvents band={band} /></SectionBoundary> : null}
      {age.months < 12 ? <SectionBoundary failedText={failed}><MoodSection /></SectionBoundary> : null}
    </>
  );
}
