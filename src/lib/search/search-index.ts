import lunr from 'lunr';
import { toFoldMap } from './fold-traditional';
import { packLunrIndex, unpackLunrIndex, type LunrIndexJson, type PackedLunrIndex } from './pack-index';
import type { SearchHit } from './search-backend';
import { isPinyinLike, tokenize } from './tokenize';

/** What a result shows, stored beside the index so results render without fetching pages. */
export interface SearchDoc {
  id: string;
  kind: 'guide' | 'myth' | 'pack' | 'place' | 'event';
  title: string;
  url: string;
  /** One line under the title. */
  summary: string;
  /** Age bands it is for (guides, events), for the band filter. */
  bands?: string[];
  /** District id (places, events), for the district filter. */
  district?: string;
  /** Places only: centre, room or clinic, so "see all" can open the places finder on that kind. */
  placeKind?: 'centre' | 'room' | 'clinic';
  /** Guides only, and only when a named professional signed the guide off; results otherwise say 待专业审核. */
  reviewed?: true;
  /** Searchable text beyond the title (summary, address, tags); not shipped in the store. */
  text: string;
  /** Pinyin keys of the title (and district), for Latin-letter queries; not shipped in the store. */
  pinyin?: string;
}

export type StoredDoc = Omit<SearchDoc, 'text' | 'pinyin'>;

export interface SearchBundle {
  index: PackedLunrIndex;
  docs: StoredDoc[];
  /** Traditional → Simplified pairs for the characters this index holds (see fold-traditional.ts). */
  fold: string;
}

/** Builds one serialised index with our tokenizer; lunr's stemmer and stop words (English) are off. */
export function buildSearchBundle(docs: readonly SearchDoc[], fold = ''): SearchBundle {
  const foldMap = toFoldMap(fold);
  // Pinyin keys count as the title (a third field would add an entry to every term of the index).
  const fields = docs.map((doc) => ({ title: tokenize(`${doc.title} ${doc.pinyin ?? ''}`, foldMap), text: tokenize(doc.text, foldMap) }));
  const boosts = { title: 10, text: 1 };
  const index = lunr(function () {
    // Fields arrive already tokenized (joined by spaces), so lunr indexes exactly `fields`.
    this.tokenizer = ((value: unknown) => (value == null || value === '' ? [] : String(value).split(' ')).map((t) => new lunr.Token(t, {}))) as unknown as typeof lunr.tokenizer;
    this.pipeline.reset();
    this.searchPipeline.reset();
    // References are positions in `docs`: short, and what the packed form expects.
    this.ref('ref');
    this.field('title', { boost: boosts.title });
    this.field('text', { boost: boosts.text });
    this.metadataWhitelist = [];
    fields.forEach((f, ref) => this.add({ ref: String(ref), title: f.title.join(' '), text: f.text.join(' ') }));
  });
  const tokensOf = (field: string, ref: number) => fields[ref]?.[field as 'title' | 'text'] ?? [];
  return {
    index: packLunrIndex(index.toJSON() as unknown as LunrIndexJson, docs.length, { tokensOf, boosts }),
    docs: docs.map(({ text: _text, pinyin: _pinyin, ...rest }) => rest),
    fold,
  };
}

/**
 * Searches a loaded bundle with tokens from our tokenizer, never lunr's query parser: first every
 * token required; when that finds fewer than `minResults`, tokens become optional so questions and
 * typos still find something, ranked by how much of the query they match.
 */
export function searchBundle(loaded: LoadedBundle, query: string, minResults = 5): SearchHit[] {
  const tokens = [...new Set(tokenize(query, loaded.fold))].slice(0, 32);
  if (tokens.length === 0) return [];
  const run = (presence: lunr.Query.presence) =>
    loaded.index.query((q) => {
      for (const t of tokens) q.term(t, { usePipeline: false, presence, wildcard: wildcardFor(t) });
    });
  /** Share of the query's tokens a result matched (a prefix counts for pinyin-like words, a pair for a lone character). */
  const shareOf = (result: lunr.Index.Result) => {
    const terms = Object.keys(result.matchData.metadata);
    return tokens.filter((t) => terms.some((term) => term === t || (isPinyinLike(t) && term.startsWith(t)) || (isLoneHan(t) && term.includes(t)))).length / tokens.length;
  };
  let hits = run(lunr.Query.presence.REQUIRED).map((r) => ({ r, share: 1 }));
  if (hits.length < minResults) {
    const strict = new Set(hits.map((h) => h.r.ref));
    hits = [...hits, ...run(lunr.Query.presence.OPTIONAL).filter((r) => !strict.has(r.ref)).map((r) => ({ r, share: shareOf(r) }))];
  }
  const pairs = tokens.filter((t) => /^\p{Script=Han}{2}$/u.test(t));
  if (hits.length === 0 && pairs.length > 0) {
    // Nothing at all, perhaps one wrong character (黄担 for 黄疸): each Chinese pair may match on either
    // of its characters (黄*, *担). Only as a last resort, ranked below any real match. (A query
    // without clauses would return every document, hence the guard.)
    const loose = loaded.index.query((q) => {
      for (const [first, second] of pairs.map((t) => [...t])) {
        q.term(first as string, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
        q.term(second as string, { usePipeline: false, wildcard: lunr.Query.wildcard.LEADING });
      }
    });
    // Keep a result only if every pair found one of its characters in it, so a query that is simply
    // not here (量子力学) does not return everything that shares one common character.
    const everyPair = (r: lunr.Index.Result) => {
      const terms = Object.keys(r.matchData.metadata);
      return pairs.every((pair) => {
        const [first, second] = [...pair] as [string, string];
        return terms.some((term) => term.startsWith(first) || term.endsWith(second));
      });
    };
    hits = loose.filter(everyPair).map((r) => ({ r, share: 0.1 }));
  }
  return hits.flatMap(({ r, share }) => {
    const doc = loaded.docs[Number(r.ref)];
    return doc ? [{ doc, score: r.score, share }] : [];
  });
}

const isLoneHan = (token: string) => /^\p{Script=Han}$/u.test(token);

/**
 * Latin words may be pinyin typed without spaces, matched as prefixes (xiangshan → xiangshanqu); a lone
 * Chinese character (醒 in 晚上总是醒) matches any pair that holds it (夜醒, 醒来).
 */
function wildcardFor(token: string): number {
  if (isPinyinLike(token)) return lunr.Query.wildcard.TRAILING;
  if (isLoneHan(token)) return lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING;
  return lunr.Query.wildcard.NONE;
}

/** Loads a bundle fetched from the server (or saved by the service worker). */
export function loadSearchBundle(bundle: SearchBundle): LoadedBundle {
  return { index: lunr.Index.load(unpackLunrIndex(bundle.index)), docs: bundle.docs, fold: toFoldMap(bundle.fold ?? '') };
}

export interface LoadedBundle {
  index: lunr.Index;
  docs: readonly StoredDoc[];
  fold: Map<string, string>;
}
