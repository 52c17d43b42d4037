/**
 * A compact, lossless form of a serialised lunr index, well under half its gzip size. lunr's own JSON
 * repeats every document reference in every posting and vector key (`"title/0"`), stores an object
 * per posting and a 3-decimal BM25 score per term and document; here references are positions,
 * postings and term numbers are delta-encoded integer lists, and vectors carry term frequencies, from
 * which `unpackLunrIndex` recomputes lunr's scores with lunr's own formula (Builder#createFieldVectors).
 * Packing unpacks again and throws unless every score comes back identical, so a lunr upgrade that
 * changes the formula fails the build instead of changing rankings. Requires references `"0"…"n-1"`.
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
  /** Boost of each field, in `fields` order. */
  boosts: number[];
  /** lunr's BM25 parameters. */
  k1: number;
  b: number;
  docCount: number;
  /** Every term, sorted as lunr sorts them, one per line (terms never contain spaces or newlines). */
  terms: string;
  /** Per term, per field: the documents holding it, as gaps between positions. */
  postings: number[][][];
  /** Per field, per document: its terms as [term gap, term frequency, …]. */
  vectors: number[][][];
}

const gaps = (sorted: readonly number[]) => sorted.map((n, i) => n - (i === 0 ? 0 : (sorted[i - 1] as number)));
const ungaps = (list: readonly number[]) => {
  let at = 0;
  return list.map((g) => (at += g));
};

export interface PackOptions {
  /** The tokens lunr was given for one field of one document (term frequencies are counted from them). */
  tokensOf: (field: string, ref: number) => readonly string[];
  boosts: Record<string, number>;
  /** lunr's defaults unless the builder set others. */
  k1?: number;
  b?: number;
}

/**
 * Packs lunr's `index.toJSON()`. Throws when references are not positions, or when the packed form
 * would not give back lunr's scores exactly.
 */
export function packLunrIndex(json: LunrIndexJson, docCount: number, { tokensOf, boosts, k1 = 1.2, b = 0.75 }: PackOptions): PackedLunrIndex {
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
    const fieldName = key.slice(0, slash);
    const ref = toRef(key.slice(slash + 1));
    const frequency = new Map<string, number>();
    for (const token of tokensOf(fieldName, ref)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < elements.length; i += 2) {
      const term = position.get(elements[i] as number) as number;
      pairs.push([term, frequency.get(termOrder[term] as string) ?? 0]);
    }
    pairs.sort((x, y) => x[0] - y[0]);
    const terms = gaps(pairs.map(([t]) => t));
    (vectors[json.fields.indexOf(fieldName)] as number[][])[ref] = pairs.flatMap(([, tf], i) => [terms[i] as number, tf]);
  }
  const packed: PackedLunrIndex = { v: 1, lunr: json.version, fields: json.fields, boosts: json.fields.map((f) => boosts[f] ?? 1), k1, b, docCount, terms: termOrder.join('\n'), postings, vectors };
  const original = new Map(json.fieldVectors.map(([key, elements]) => [key, sortedPairs(elements, (i) => position.get(i) as number)]));
  for (const [key, elements] of unpackLunrIndex(packed).fieldVectors) {
    if (original.get(key) !== sortedPairs(elements, (i) => i)) throw new Error(`packLunrIndex: scores of ${key} differ from lunr's (tokensOf does not match what lunr indexed, or lunr's formula changed)`);
  }
  return packed;
}

/** A vector as comparable text: [term position, score] pairs in term order. */
const sortedPairs = (elements: readonly number[], toPosition: (i: number) => number) => {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < elements.length; i += 2) pairs.push(`${toPosition(elements[i] as number)}:${elements[i + 1]}`);
  return pairs.sort((x, y) => parseInt(x, 10) - parseInt(y, 10)).join(' ');
};

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
  // lunr's BM25, as Builder#createFieldVectors computes it (same operations in the same order).
  const idf = packed.postings.map((perField) => {
    const withTerm = perField.reduce((sum, docs) => sum + docs.length, 0);
    return Math.log(1 + Math.abs((packed.docCount - withTerm + 0.5) / (withTerm + 0.5)));
  });
  const { k1, b } = packed;
  const fieldVectors = packed.fields.flatMap((field, f) => {
    const perDoc = packed.vectors[f] ?? [];
    const lengthOf = (flat: readonly number[]) => flat.reduce((sum, n, i) => (i % 2 === 1 ? sum + n : sum), 0);
    const average = perDoc.reduce((sum, flat) => sum + lengthOf(flat), 0) / packed.docCount;
    const boost = packed.boosts[f] ?? 1;
    return perDoc.map((flat, ref): [string, number[]] => {
      const fieldLength = lengthOf(flat);
      const termNumbers = ungaps(flat.filter((_, i) => i % 2 === 0));
      const elements = termNumbers.flatMap((term, i) => {
        const tf = flat[i * 2 + 1] as number;
        let score = ((idf[term] as number) * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (fieldLength / average)) + tf);
        score *= boost;
        return [term, Math.round(score * 1000) / 1000];
      });
      return [`${field}/${ref}`, elements];
    });
  });
  return { version: packed.lunr, fields: packed.fields, fieldVectors, invertedIndex, pipeline: [] };
}
