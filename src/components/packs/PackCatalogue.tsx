// The builder's catalogue: filters (search, age band) and every guide that matches, each with 加入.
import type { RefObject } from 'react';
import { AGE_BAND_IDS, isAgeBandId, type AgeBandId } from '../../lib/age/age-bands';
import { fillTemplate } from '../../lib/i18n/fill-template';
import type { PackGuide } from '../../lib/packs/pack-guide';
import { PACK_LIMITS } from '../../lib/packs/pack-limits';
import type { PackBuilderMessages } from './pack-builder-messages';

interface Props {
  guides: PackGuide[];
  total: number;
  picked: string[];
  full: boolean;
  query: string;
  band: AgeBandId | '';
  bandLabels: Record<AgeBandId, string>;
  ready: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  messages: PackBuilderMessages;
  onQuery: (value: string) => void;
  onBand: (value: AgeBandId | '') => void;
  onAdd: (id: string) => void;
}

export function PackCatalogue({ guides, picked, full, query, band, bandLabels, ready, searchRef, messages: m, onQuery, onBand, onAdd }: Props) {
  return (
    <section aria-labelledby="find-heading">
      <h2 id="find-heading">{m['packs.builder.find']}</h2>
      <div className="builder-filters">
        <label>
          {m['packs.builder.search']}
          <input type="search" ref={searchRef} value={query} disabled={!ready} data-search onChange={(event) => onQuery(event.currentTarget.value)} />
        </label>
        <label>
          {m['packs.builder.band']}
          <select value={band} disabled={!ready} data-band onChange={(event) => onBand(isAgeBandId(event.currentTarget.value) ? event.currentTarget.value : '')}>
            <option value="">{m['packs.builder.allBands']}</option>
            {AGE_BAND_IDS.map((b) => (
              <option key={b} value={b}>
                {bandLabels[b]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="yt-muted" role="status" data-matches>
        {fillTemplate(m['packs.builder.matches'], { count: guides.length })}
      </p>
      {full && <p className="yt-notice">{fillTemplate(m['packs.builder.full'], { max: PACK_LIMITS.maxGuides })}</p>}
      <ul className="builder-guides" data-catalogue>
        {guides.map((g) => {
          const added = picked.includes(g.id);
          // aria-disabled, not disabled: the button keeps focus after 加入, so a keyboard or screen
          // reader user stays where they were in the list.
          const unavailable = added || full;
          return (
            <li key={g.id} data-id={g.id}>
              <div>
                <p className="builder-guides__title">
                  <a href={`/guides/${g.slug}/`}>{g.title}</a>
                </p>
                <p className="builder-guides__summary">{g.summary}</p>
                <p className="builder-guides__bands">{g.bands.map((b) => bandLabels[b]).join('、')}</p>
              </div>
              <button
                type="button"
                className="yt-button builder-add"
                id={`builder-add-${g.id}`}
                data-add={g.id}
                disabled={!ready}
                aria-disabled={unavailable}
                aria-label={fillTemplate(m[added ? 'packs.builder.addedLabel' : 'packs.builder.addLabel'], { title: g.title })}
                onClick={() => {
                  if (!unavailable) onAdd(g.id);
                }}
              >
                {added ? m['packs.builder.added'] : m['packs.builder.add']}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
