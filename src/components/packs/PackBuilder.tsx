// The pack builder (/packs/new/): a React island. The state lives in a reducer (src/lib/packs/
// pack-builder-state.ts) and in a draft on this device, so a half-made pack survives a reload; the
// finished pack lives in the link it makes (?p=…). Nothing is sent anywhere.
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AgeBandId } from '../../lib/age/age-bands';
import { fillTemplate } from '../../lib/i18n/fill-template';
import { encodePackParam, type PackSelection } from '../../lib/packs/encode-pack-param';
import { choosePackBuilderStart, PACK_BUILDER_DRAFT_KEY, parsePackBuilderDraft, serializePackBuilderDraft, isEmptyPackBuilderState } from '../../lib/packs/pack-builder-draft';
import { EMPTY_PACK_BUILDER_STATE, filterPackGuides, packBuilderReducer, toBuilderSelection, type PackBuilderState } from '../../lib/packs/pack-builder-state';
import type { PackGuide } from '../../lib/packs/pack-guide';
import { PACK_LIMITS, SHARER_FIELDS, type SharerField } from '../../lib/packs/pack-limits';
import { loadGuideIndex, openPackFromLocation } from './custom-pack-client';
import type { PackBuilderMessages } from './pack-builder-messages';
import { PackCatalogue } from './PackCatalogue';
import { PackShareBox } from './PackShareBox';
import { PickedGuides, type FocusTarget } from './PickedGuides';

export interface PackBuilderProps {
  bandLabels: Record<AgeBandId, string>;
  messages: PackBuilderMessages;
}

/**
 * Fetches the guide index (/packs/guides.json, precached; shared with the custom pack pages), then
 * draws the builder. The draft and the link are read only once the guide list is here, so a draft
 * is checked against the real list and never overwritten by an empty builder.
 */
export default function PackBuilder({ bandLabels, messages: m }: PackBuilderProps) {
  const [guides, setGuides] = useState<PackGuide[] | 'failed' | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loadGuideIndex().then(
      (index) => current && setGuides(index),
      () => current && setGuides('failed'),
    );
    return () => {
      current = false;
    };
  }, []);
  // The same line and height as the island's fallback (PackBuilder.astro), until the builder is drawn.
  if (guides === undefined) return <p className="yt-muted yt-island-loading">{m['packs.builder.loading']}</p>;
  if (guides === 'failed')
    return (
      <p className="yt-notice" role="alert" data-index-failed>
        {m['packs.indexFailed']}
      </p>
    );
  return <PackBuilderForm guides={guides} bandLabels={bandLabels} messages={m} />;
}

const FIELD_ATTRIBUTES: Record<SharerField, { autoComplete?: string; type?: string }> = {
  title: {},
  name: { autoComplete: 'name' },
  phone: { autoComplete: 'tel', type: 'tel' },
  organisation: { autoComplete: 'organization' },
};

/** Reads `?p=` of the address (an "edit this pack" link, or the builder's own link after a reload). */
function readLinkedPack(m: PackBuilderMessages, index: readonly PackGuide[]): { selection?: PackSelection; notices: string[] } {
  if (!new URLSearchParams(location.search).has('p')) return { notices: [] };
  const opened = openPackFromLocation(m, index);
  // Only the guides the site still has (the link may name ones that are gone).
  return opened.ok ? { selection: { ...opened.selection, guideIds: opened.guides.map((g) => g.id) }, notices: opened.notices } : { notices: opened.notices };
}

function readStoredDraft(): string | null {
  try {
    return localStorage.getItem(PACK_BUILDER_DRAFT_KEY);
  } catch {
    // Storage switched off (some private modes): the builder still works, without a draft.
    return null;
  }
}

function storeDraft(state: PackBuilderState): void {
  try {
    if (isEmptyPackBuilderState(state)) localStorage.removeItem(PACK_BUILDER_DRAFT_KEY);
    else localStorage.setItem(PACK_BUILDER_DRAFT_KEY, serializePackBuilderDraft(state));
  } catch {
    // A full or refused storage loses only the draft, never the page.
  }
}

function PackBuilderForm({ guides, bandLabels, messages: m }: PackBuilderProps & { guides: PackGuide[] }) {
  const [state, dispatch] = useReducer(packBuilderReducer, EMPTY_PACK_BUILDER_STATE);
  // False until the draft and the link are read: controls stay disabled until then.
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [confirmingReset, setConfirmingReset] = useState(false);
  const focusTarget = useRef<FocusTarget | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);
  const byId = useMemo(() => new Map(guides.map((g) => [g.id, g])), [guides]);

  useEffect(() => {
    const linked = readLinkedPack(m, guides);
    const draft = parsePackBuilderDraft(readStoredDraft(), new Set(byId.keys()));
    const start = choosePackBuilderStart(draft, linked.selection);
    const said = [...linked.notices];
    if (start.source === 'draft') said.push(m['packs.builder.draftRestored']);
    if (start.droppedGuides > 0) said.push(fillTemplate(m['packs.builder.draftGuidesGone'], { count: start.droppedGuides }));
    if (!draft.ok && draft.reason === 'broken') said.push(m['packs.builder.draftBroken']);
    dispatch({ type: 'load', state: start.state });
    setNotices(said);
    setReady(true);
  }, [byId, guides, m]);

  const selection = useMemo(() => toBuilderSelection(state), [state]);
  // The last link that could be made: a field being fixed keeps the link it had.
  const [link, setLink] = useState<{ param: string; title: string } | undefined>(undefined);
  useEffect(() => {
    if (!ready) return;
    storeDraft(state);
    if (selection.ok) {
      const next = encodePackParam(selection.selection);
      setLink({ param: next, title: selection.selection.title });
      history.replaceState(history.state, '', `${location.pathname}?p=${next}`);
    } else if (selection.reason === 'empty') {
      setLink(undefined);
      history.replaceState(history.state, '', location.pathname);
    }
  }, [ready, state, selection]);

  // Focus goes back to the control a person used (or the one that took its place) after each change.
  useLayoutEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = undefined;
    if (!target) return;
    const element = target === 'search' ? searchRef.current : document.getElementById(target);
    element?.focus();
  });

  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  const shown = filterPackGuides(guides, state.query, state.band);
  const full = state.guideIds.length >= PACK_LIMITS.maxGuides;

  const add = (id: string) => {
    if (state.guideIds.includes(id) || full) return;
    dispatch({ type: 'add', id });
    setAnnouncement(fillTemplate(m['packs.builder.didAdd'], { title: titleOf(id), count: state.guideIds.length + 1 }));
  };
  const move = (id: string, by: -1 | 1, target: FocusTarget) => {
    const to = state.guideIds.indexOf(id) + by;
    if (to < 0 || to >= state.guideIds.length) return;
    dispatch({ type: 'move', id, by });
    focusTarget.current = target;
    setAnnouncement(fillTemplate(m['packs.builder.didMove'], { title: titleOf(id), position: to + 1 }));
  };
  const remove = (id: string, target: FocusTarget) => {
    dispatch({ type: 'remove', id });
    focusTarget.current = target;
    setAnnouncement(fillTemplate(m['packs.builder.didRemove'], { title: titleOf(id), count: state.guideIds.length - 1 }));
  };
  const reset = () => {
    dispatch({ type: 'reset' });
    setConfirmingReset(false);
    setNotices([]);
    setLink(undefined);
    focusTarget.current = 'search';
    setAnnouncement(m['packs.builder.resetDone']);
  };

  const invalidFields = selection.ok || selection.reason === 'empty' ? [] : selection.invalidFields;
  /** Why a field is refused, shown right under it (a phone number that is not one, or a too-long text from an old draft). */
  const errorOf = (f: SharerField) => (!invalidFields.includes(f) ? '' : f === 'phone' && [...state.phone].length <= PACK_LIMITS.phone ? m['packs.builder.phoneInvalid'] : fillTemplate(m['packs.builder.tooLongField'], { field: m[`packs.field.${f}`], max: PACK_LIMITS[f] }));

  return (
    <div className="pack-builder">
      {notices.length > 0 && (
        <ul className="yt-notice builder-notices" data-notices role="status">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p className="yt-muted builder-draft-note">{m['packs.builder.draftNote']}</p>

      <PackCatalogue
        guides={shown}
        total={guides.length}
        picked={state.guideIds}
        full={full}
        query={state.query}
        band={state.band}
        bandLabels={bandLabels}
        ready={ready}
        searchRef={searchRef}
        messages={m}
        onQuery={(value) => dispatch({ type: 'query', value })}
        onBand={(value) => dispatch({ type: 'band', value })}
        onAdd={add}
      />

      <PickedGuides ids={state.guideIds} titleOf={titleOf} ready={ready} messages={m} onMove={move} onRemove={remove} />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{m['packs.builder.details']}</h2>
        <p>{m['packs.builder.detailsLead']}</p>
        <div className="builder-fields">
          {SHARER_FIELDS.map((f) => (
            <div key={f} className="builder-field">
              <label>
                {m[`packs.field.${f}`]}
                <input
                  name={f}
                  {...FIELD_ATTRIBUTES[f]}
                  maxLength={PACK_LIMITS[f]}
                  placeholder={f === 'title' ? m['packs.builder.titlePlaceholder'] : undefined}
                  value={state[f]}
                  disabled={!ready}
                  aria-invalid={invalidFields.includes(f)}
                  aria-describedby={invalidFields.includes(f) ? `builder-error-${f}` : undefined}
                  onChange={(event) => dispatch({ type: 'field', field: f, value: event.currentTarget.value })}
                />
              </label>
              {/* Kept in the page while empty, so the alert is announced when the text arrives. */}
              <p className="builder-error" id={`builder-error-${f}`} role="alert" data-error={invalidFields.includes(f) ? '' : undefined}>
                {errorOf(f)}
              </p>
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="result-heading" className="builder-result">
        <h2 id="result-heading">{m['packs.builder.result']}</h2>
        <p>{m['packs.builder.resultLead']}</p>
        {link === undefined ? (
          <p className="yt-notice" data-need-guide>
            {m['packs.builder.needGuide']}
          </p>
        ) : (
          <div data-result>
            <p>
              <a className="yt-button" href={`/packs/custom/?p=${link.param}`} data-open>
                {m['packs.builder.open']}
              </a>
            </p>
            <PackShareBox param={link.param} title={link.title || m['packs.custom']} messages={m} />
          </div>
        )}
      </section>

      {ready && !isEmptyPackBuilderState(state) && (
        <section className="builder-reset" aria-label={m['packs.builder.reset']}>
          {confirmingReset ? (
            <div role="group" aria-labelledby="builder-reset-ask">
              <p id="builder-reset-ask">{fillTemplate(m['packs.builder.resetAsk'], { count: state.guideIds.length })}</p>
              <p className="builder-reset__buttons">
                <button type="button" className="yt-button builder-danger" onClick={reset}>
                  {m['packs.builder.resetYes']}
                </button>
                <button
                  type="button"
                  className="yt-button"
                  id="builder-reset-no"
                  onClick={() => {
                    setConfirmingReset(false);
                    focusTarget.current = 'builder-reset';
                  }}
                >
                  {m['packs.builder.resetNo']}
                </button>
              </p>
            </div>
          ) : (
            <button
              type="button"
              className="yt-button"
              id="builder-reset"
              onClick={() => {
                setConfirmingReset(true);
                focusTarget.current = 'builder-reset-no';
              }}
            >
              {m['packs.builder.reset']}
            </button>
          )}
        </section>
      )}
      <p className="yt-visually-hidden" role="status" data-announcement>
        {announcement}
      </p>
    </div>
  );
}
