import lunr from 'lunr';
import { tokenize } from './tokenize';

/** What a result shows, stored beside the index so results render without fetching pages. */
export interface SearchDoc {
  id: string;
  kind: 'guide' | 'myth' | 'place' | 'event';
  title: string;
  url: string;
  /** One line under the title. */
  summary: string;
  /** Searchable text beyond the title (summary, address, tags); not shipped in the store. */
  text: string;
}

export interface SearchBundle {
  index: object;
  docs: Omit<SearchDoc, 'text'>[];
}

/** Builds one serialised index with our tokenizer; lunr's stemmer and stop words (English) are off. */
export function buildSearchBundle(docs: readonly SearchDoc[]): SearchBundle {
  const index = lunr(function () {
    this.tokenizer = ((value: unknown) => tokenize(value == null ? '' : String(value)).map((t) => new lunr.Token(t, {}))) as unknown as typeof lunr.tokenizer;
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('text');
    this.metadataWhitelist = [];
    for (const doc of docs) this.add({ id: doc.id, title: doc.title, text: doc.text });
  });
  return { index: index.toJSON(), docs: docs.map(({ text: _text, ...rest }) => rest) };
}

export interface SearchHit {
  doc: Omit<SearchDoc, 'text'>;
  score: number;
}

/**
 * Searches a loaded bundle with tokens from our tokenizer, never lunr's query parser: first every
 * token required; when that finds fewer than `minResults`, tokens become optional so questions and
 * typos still find something, ranked by how much of the query they match.
 */
export function searchBundle(loaded: { index: lunr.Index; docs: Map<string, Omit<SearchDoc, 'text'>> }, query: string, minResults = 5): SearchHit[] {
  const tokens = [...new Set(tokenize(query))].slice(0, 32);
  if (tokens.length === 0) return [];
  const run = (presence: lunr.Query.presence) =>
    loaded.index.query((q) => {
      for (const t of tokens) q.term(t, { usePipeline: false, presence, wildcard: lunr.Query.wildcard.NONE });
    });
  let results = run(lunr.Query.presence.REQUIRED);
  if (results.length < minResults) {
    const strict = new Set(results.map((r) => r.ref));
    results = [...results, ...run(lunr.Query.presence.OPTIONAL).filter((r) => !strict.has(r.ref))];
  }
  return results.flatMap((r) => {
    const doc = loaded.docs.get(r.ref);
    return doc ? [{ doc, score: r.score }] : [];
  });
}

/** Loads a bundle fetched from the server (or saved by the service worker). */
export function loadSearchBundle(bundle: SearchBundle) {
  return { index: lunr.Index.load(bundle.index), docs: new Map(bundle.docs.map((d) => [d.id, d])) };
}
