/**
 * A compact, lossless form of a serialised lunr index, about half its gzip size. lunr's own JSON
 * repeats every document reference in every posting and vector key (`"title/0"`), stores an object
 * per posting and scores as decimals; here references are positions, postings and term numbers are
 * delta-encoded integer lists and scores are integers (lunr rounds them to 3 decimals already).
 * `unpackLunrIndex` rebuilds exactly the JSON `lunr.Index.load` expects, so the index is still built
 * at build time and the browser only expands it. Requires references `"0"…"n-1"` (see search-index.ts).
 */

export interface LunrIndexJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

export interface PackedLunrIndex {
  /** Format of this packing. */
  v: 1;
  /** lunr's version, checked by lunr on load. */
  lunr: string;
  fields: string[];
  docCount: number;
  /** Every term, sorted as lunr sorts them, one per line (terms never contain spaces or newlines). */
  terms: string;
  /** Per term, per field: the documents holding it, as gaps between positions. */
  postings: number[][][];
  /** Per field, per document: its vector as [term gap, score × 1000, …]. */
  vectors: number[][][];
}

const gaps = (sorted: readonly number[]) => sorted.map((n, i) => n - (i === 0 ? 0 : (sorted[i - 1] as number)));
const ungaps = (list: readonly number[]) => {
  let at = 0;
  return list.map((g) => (at += g));
};

/** Packs lunr's `index.toJSON()`. Throws when references are not positions (the format relies on it). */
export function packLunrIndex(json: LunrIndexJson, docCount: number): PackedLunrIndex {
  const termOrder = json.invertedIndex.map(([term]) => term);
  if (termOrder.some((term) => /[\s]/.test(term))) throw new Error('packLunrIndex: a term contains white space');
  // lunr numbers terms in insertion order (`_index`); packed, a term's number is its sorted position.
  const position = new Map<number, number>(json.invertedIndex.map(([, posting], i) => [posting['_index'] as number, i]));
  const toRef = (ref: string) => {
    const n = Number(ref);
    if (!Number.isInteger(n) || n < 0 || n >= docCount || String(n) !== ref) throw new Error(`packLunrIndex: reference "${ref}" is not a position below ${docCount}`);
    return n;
  };
  const postings = json.invertedIndex.map(([, posting]) => json.fields.map((field) => gaps(Object.keys((posting[field] as object | undefined) ?? {}).map(toRef).sort((a, b) => a - b))));
  const vectors = json.fields.map(() => Array.from({ length: docCount }, () => [] as number[]));
  for (const [key, elements] of json.fieldVectors) {
    const slash = key.indexOf('/');
    const field = json.fields.indexOf(key.slice(0, slash));
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < elements.length; i += 2) pairs.push([position.get(elements[i] as number) as number, Math.round((elements[i + 1] as number) * 1000)]);
    pairs.sort((a, b) => a[0] - b[0]);
    const terms = gaps(pairs.map(([t]) => t));
    (vectors[field] as number[][])[toRef(key.slice(slash + 1))] = pairs.flatMap(([, score], i) => [terms[i] as number, score]);
  }
  return { v: 1, lunr: json.version, fields: json.fields, docCount, terms: termOrder.join('\n'), postings, vectors };
}

/** lunr's JSON from a packed index, ready for `lunr.Index.load`. Throws on a format it does not know. */
export function unpackLunrIndex(packed: PackedLunrIndex): LunrIndexJson {
  if (packed.v !== 1) throw new Error(`unpackLunrIndex: unknown format ${String(packed.v)}`);
  const terms = packed.terms === '' ? [] : packed.terms.split('\n');
  const invertedIndex = terms.map((term, i): [string, Record<string, unknown>] => {
    const posting: Record<string, unknown> = { _index: i };
    packed.fields.forEach((field, f) => {
      const docs: Record<string, object> = {};
      for (const ref of ungaps(packed.postings[i]?.[f] ?? [])) docs[String(ref)] = {};
      posting[field] = docs;
    });
    return [term, posting];
  });
  const fieldVectors = packed.fields.flatMap((field, f) =>
    (packed.vectors[f] ?? []).map((flat, ref): [string, number[]] => {
      const termGaps = flat.filter((_, i) => i % 2 === 0);
      const termNumbers = ungaps(termGaps);
      return [`${field}/${ref}`, termNumbers.flatMap((t, i) => [t, (flat[i * 2 + 1] as number) / 1000])];
    }),
  );
  return { version: packed.lunr, fields: packed.fields, fieldVectors, invertedIndex, pipeline: [] };
}
