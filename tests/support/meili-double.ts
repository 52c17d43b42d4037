// A loopback stand-in for a Meilisearch server (no server is installable here): only the endpoints
// our sync and search call, following the documented API (v1.x), strict where the real server is
// strict — keys and their actions, unknown settings fields, `_geo` values that fail a whole batch,
// filters on attributes that are not filterable, `_geoBoundingBox` corners in the wrong order,
// unknown search parameters. Its matching is deliberately simple (substring per word, "last" word
// dropping); it is a double for the protocol, not a search engine.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Doc = Record<string, unknown> & { id: string };
interface Index {
  uid: string;
  primaryKey: string;
  docs: Map<string, Doc>;
  settings: Record<string, unknown>;
  createdAt: string;
}
interface Task {
  taskUid: number;
  indexUid: string | null;
  status: 'enqueued' | 'succeeded' | 'failed';
  type: string;
  enqueuedAt: string;
  error?: { message: string; code: string; type: string; link: string };
  details?: Record<string, unknown>;
}
interface Key {
  key: string;
  uid: string;
  name: string;
  actions: string[];
  indexes: string[];
}

/** Settings fields Meilisearch accepts (anything else is `bad_request`). */
const SETTINGS_FIELDS = new Set(['displayedAttributes', 'searchableAttributes', 'filterableAttributes', 'sortableAttributes', 'rankingRules', 'stopWords', 'nonSeparatorTokens', 'separatorTokens', 'dictionary', 'synonyms', 'distinctAttribute', 'proximityPrecision', 'typoTolerance', 'faceting', 'pagination', 'embedders', 'searchCutoffMs', 'localizedAttributes', 'facetSearch', 'prefixSearch']);
/** Search parameters Meilisearch accepts (a subset is honoured here; all are allowed). */
const SEARCH_FIELDS = new Set(['indexUid', 'q', 'offset', 'limit', 'page', 'hitsPerPage', 'filter', 'facets', 'attributesToRetrieve', 'attributesToCrop', 'cropLength', 'cropMarker', 'attributesToHighlight', 'highlightPreTag', 'highlightPostTag', 'showMatchesPosition', 'sort', 'matchingStrategy', 'showRankingScore', 'showRankingScoreDetails', 'rankingScoreThreshold', 'attributesToSearchOn', 'hybrid', 'vector', 'distinct', 'locales', 'federationOptions', 'retrieveVectors']);

export interface RecordedRequest {
  method: string;
  path: string;
  requestBytes: number;
  responseBytes: number;
}

export interface MeiliDouble {
  url: string;
  masterKey: string;
  adminKey: string;
  searchKey: string;
  requests: RecordedRequest[];
  indexes: Map<string, Index>;
  close(): Promise<void>;
}

const hex = (n: number) => Array.from({ length: 64 }, (_, i) => ((n * 7919 + i * 104729) % 16).toString(16)).join('');

/** The double's keys, fixed so a site can be built for it before it starts. */
export const DOUBLE_KEYS = { admin: hex(1), search: hex(2) };

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type = 'invalid_request',
  ) {
    super(message);
  }
}

export async function startMeiliDouble({ port = 0 }: { port?: number } = {}): Promise<MeiliDouble> {
  const masterKey = 'double-master-key-0123456789';
  const keys: Key[] = [
    { key: DOUBLE_KEYS.admin, uid: 'admin-uid', name: 'Default Admin API Key', actions: ['*'], indexes: ['*'] },
    { key: DOUBLE_KEYS.search, uid: 'search-uid', name: 'Default Search API Key', actions: ['search'], indexes: ['*'] },
  ];
  const indexes = new Map<string, Index>();
  const tasks: Task[] = [];
  const requests: RecordedRequest[] = [];
  const now = () => new Date().toISOString();

  const authorise = (req: IncomingMessage, action: string) => {
    const header = req.headers.authorization;
    if (!header) throw new ApiError(401, 'missing_authorization_header', 'The Authorization header is missing. It must use the bearer authorization method.', 'auth');
    const token = header.replace(/^Bearer\s+/i, '');
    if (token === masterKey) return;
    const key = keys.find((k) => k.key === token);
    if (!key || !(key.actions.includes('*') || key.actions.includes(action))) throw new ApiError(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
  };

  const enqueue = (indexUid: string | null, type: string, run: () => Record<string, unknown> | void): Task => {
    const task: Task = { taskUid: tasks.length, indexUid, status: 'enqueued', type, enqueuedAt: now() };
    tasks.push(task);
    // Processed at once, but reported as enqueued in the response, as the real server does.
    try {
      const details = run();
      Object.assign(task, { status: 'succeeded' }, details ? { details } : {});
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(500, 'internal', String(e), 'internal');
      Object.assign(task, { status: 'failed', error: { message: error.message, code: error.code, type: error.type, link: `https://docs.meilisearch.com/errors#${error.code}` } });
    }
    return { ...task, status: 'enqueued' };
  };

  const indexOr404 = (uid: string) => {
    const index = indexes.get(uid);
    if (!index) throw new ApiError(404, 'index_not_found', `Index \`${uid}\` not found.`);
    return index;
  };

  const validGeo = (geo: unknown) => {
    if (geo === undefined) return true;
    if (!geo || typeof geo !== 'object') return false;
    const { lat, lng } = geo as { lat: unknown; lng: unknown };
    const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);
    return Number.isFinite(num(lat)) && Number.isFinite(num(lng)) && Math.abs(num(lat)) <= 90 && Math.abs(num(lng)) <= 180;
  };

  const addDocuments = (index: Index, docs: unknown) => {
    if (!Array.isArray(docs)) throw new ApiError(400, 'malformed_payload', 'The payload must be an array of documents.');
    // One bad document fails the whole batch: nothing is written.
    for (const doc of docs as Doc[]) {
      const id = doc[index.primaryKey];
      if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,511}$/.test(id)) throw new ApiError(400, 'invalid_document_id', `Document identifier \`${JSON.stringify(id)}\` is invalid.`);
      if (!validGeo(doc['_geo'])) throw new ApiError(400, 'invalid_document_geo_field', `The \`_geo\` field in the document with the id: \`${id}\` is not valid.`);
    }
    for (const doc of docs as Doc[]) index.docs.set(doc[index.primaryKey] as string, doc);
    return { receivedDocuments: docs.length, indexedDocuments: docs.length };
  };

  const distance = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
    const r = (d: number) => (d * Math.PI) / 180;
    const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lng - a.lng) / 2) ** 2;
    return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)));
  };
  const geoOf = (doc: Doc) => {
    const g = doc['_geo'] as { lat: number | string; lng: number | string } | undefined;
    return g ? { lat: Number(g.lat), lng: Number(g.lng) } : undefined;
  };

  /** The filter expressions our client sends (an array means AND). */
  const filterFor = (index: Index, filter: unknown): ((doc: Doc) => boolean) => {
    const list = filter === undefined || filter === null ? [] : Array.isArray(filter) ? filter : [filter];
    const filterable = new Set((index.settings['filterableAttributes'] as string[] | undefined) ?? []);
    const need = (attribute: string) => {
      if (!filterable.has(attribute)) throw new ApiError(400, 'invalid_search_filter', `Attribute \`${attribute}\` is not filterable.`);
    };
    const tests = list.map((expression): ((doc: Doc) => boolean) => {
      if (typeof expression !== 'string') throw new ApiError(400, 'invalid_search_filter', 'Invalid filter.');
      let m = /^_geoRadius\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*(\d+)\s*\)$/.exec(expression);
      if (m) {
        need('_geo');
        const centre = { lat: Number(m[1]), lng: Number(m[2]) };
        return (doc) => {
          const g = geoOf(doc);
          return g !== undefined && distance(centre, g) <= Number(m?.[3]);
        };
      }
      m = /^_geoBoundingBox\(\s*\[\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\]\s*,\s*\[\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\]\s*\)$/.exec(expression);
      if (m) {
        need('_geo');
        const [north, east, south, west] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
        if (north < south) throw new ApiError(400, 'invalid_search_filter', 'The top latitude should be above the bottom latitude (`_geoBoundingBox([top-right], [bottom-left])`).');
        return (doc) => {
          const g = geoOf(doc);
          return g !== undefined && g.lat <= north && g.lat >= south && g.lng <= east && g.lng >= west;
        };
      }
      m = /^(\w+) IN \[(.*)\]$/.exec(expression);
      if (m) {
        need(m[1] as string);
        const values = JSON.parse(`[${m[2]}]`) as string[];
        return (doc) => values.includes(doc[m?.[1] as string] as string);
      }
      m = /^(\w+) = (".*")$/.exec(expression);
      if (m) {
        need(m[1] as string);
        const value = JSON.parse(m[2] as string) as string;
        return (doc) => {
          const v = doc[m?.[1] as string];
          return Array.isArray(v) ? v.includes(value) : v === value;
        };
      }
      throw new ApiError(400, 'invalid_search_filter', `Was expecting an operation but found \`${expression}\`.`);
    });
    return (doc) => tests.every((t) => t(doc));
  };

  const search = (query: Record<string, unknown>, indexUid: string) => {
    for (const field of Object.keys(query)) if (!SEARCH_FIELDS.has(field)) throw new ApiError(400, 'bad_request', `Unknown field \`${field}\`: expected one of ${[...SEARCH_FIELDS].join(', ')}`);
    if (query['locales'] !== undefined && !(Array.isArray(query['locales']) && query['locales'].every((l) => typeof l === 'string' && /^[a-z]{2,3}$/.test(l)))) throw new ApiError(400, 'invalid_search_locales', 'Unknown value in `locales`.');
    const index = indexOr404(indexUid);
    const searchable = (index.settings['searchableAttributes'] as string[] | undefined) ?? ['*'];
    const keep = filterFor(index, query['filter']);
    const words = String(query['q'] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const textOf = (doc: Doc) => (searchable.includes('*') ? Object.values(doc) : searchable.map((a) => doc[a])).map((v) => (Array.isArray(v) ? v.join(' ') : String(v ?? ''))).join(' ').toLowerCase();
    const candidates = [...index.docs.values()].filter(keep);
    // Matching strategy "last": drop words from the end until something matches.
    let hits: { doc: Doc; score: number }[] = [];
    for (let n = words.length; n >= 0 && hits.length === 0; n--) {
      const used = words.slice(0, n);
      hits = candidates.filter((doc) => used.every((w) => textOf(doc).includes(w))).map((doc) => ({ doc, score: words.length === 0 ? 1 : n / words.length }));
      if (n === 0 && words.length > 0) hits = [];
    }
    const sort = query['sort'] as string[] | undefined;
    let centre: { lat: number; lng: number } | undefined;
    if (sort?.length) {
      const m = /^_geoPoint\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\):(asc|desc)$/.exec(sort[0] ?? '');
      if (!m || !((index.settings['sortableAttributes'] as string[] | undefined) ?? []).includes('_geo')) throw new ApiError(400, 'invalid_search_sort', `Attribute \`${sort[0]}\` is not sortable.`);
      centre = { lat: Number(m[1]), lng: Number(m[2]) };
      const c = centre;
      hits.sort((a, b) => distance(c, geoOf(a.doc) ?? c) - distance(c, geoOf(b.doc) ?? c));
    } else {
      hits.sort((a, b) => b.score - a.score);
    }
    const limit = Number(query['limit'] ?? 20);
    const displayed = (index.settings['displayedAttributes'] as string[] | undefined) ?? ['*'];
    return {
      indexUid,
      hits: hits.slice(0, limit).map(({ doc, score }) => {
        const shown = displayed.includes('*') ? { ...doc } : Object.fromEntries(displayed.filter((a) => a in doc).map((a) => [a, doc[a]]));
        const g = geoOf(doc);
        return { ...shown, ...(query['showRankingScore'] ? { _rankingScore: score } : {}), ...(centre && g ? { _geoDistance: distance(centre, g) } : {}) };
      }),
      query: query['q'] ?? '',
      processingTimeMs: 0,
      limit,
      offset: 0,
      estimatedTotalHits: hits.length,
    };
  };

  const route = async (req: IncomingMessage, body: unknown): Promise<[number, unknown]> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/health') return [200, { status: 'available' }];
    if (method === 'GET' && url.pathname === '/version') return [200, { pkgVersion: '1.x-double' }];
    if (parts[0] === 'keys' && method === 'POST' && parts.length === 1) {
      authorise(req, 'keys.create');
      const { actions, indexes: on = ['*'], description = '' } = body as { actions: string[]; indexes?: string[]; description?: string };
      const key: Key = { key: hex(keys.length + 10), uid: `key-${keys.length}`, name: description, actions, indexes: on };
      keys.push(key);
      return [201, key];
    }
    if (parts[0] === 'keys' && method === 'DELETE' && parts[1]) {
      authorise(req, 'keys.delete');
      const at = keys.findIndex((k) => k.key === parts[1] || k.uid === parts[1]);
      if (at === -1) throw new ApiError(404, 'api_key_not_found', `API key \`${parts[1]}\` not found.`);
      keys.splice(at, 1);
      return [204, null];
    }
    if (parts[0] === 'keys') {
      authorise(req, 'keys.get');
      if (parts.length === 1) return [200, { results: keys, offset: 0, limit: 20, total: keys.length }];
      const key = keys.find((k) => k.key === parts[1] || k.uid === parts[1]);
      if (!key) throw new ApiError(404, 'api_key_not_found', `API key \`${parts[1]}\` not found.`);
      return [200, key];
    }
    if (parts[0] === 'tasks' && parts[1] !== undefined && method === 'GET') {
      authorise(req, 'tasks.get');
      const task = tasks[Number(parts[1])];
      if (!task) throw new ApiError(404, 'task_not_found', `Task \`${parts[1]}\` not found.`);
      return [200, { ...task, uid: task.taskUid }];
    }
    if (url.pathname === '/multi-search' && method === 'POST') {
      authorise(req, 'search');
      const { queries, ...rest } = body as { queries: Record<string, unknown>[] };
      if (Object.keys(rest).some((k) => k !== 'federation')) throw new ApiError(400, 'bad_request', `Unknown field \`${Object.keys(rest)[0]}\``);
      return [200, { results: queries.map((q) => search(q, String(q['indexUid']))) }];
    }
    if (parts[0] === 'indexes') {
      const uid = parts[1];
      if (!uid && method === 'POST') {
        authorise(req, 'indexes.create');
        const { uid: newUid, primaryKey = 'id' } = body as { uid: string; primaryKey?: string };
        return [202, enqueue(newUid, 'indexCreation', () => {
          if (indexes.has(newUid)) throw new ApiError(409, 'index_already_exists', `Index \`${newUid}\` already exists.`);
          indexes.set(newUid, { uid: newUid, primaryKey, docs: new Map(), settings: {}, createdAt: now() });
        })];
      }
      if (uid && parts.length === 2 && method === 'DELETE') {
        authorise(req, 'indexes.delete');
        return [202, enqueue(uid, 'indexDeletion', () => {
          indexOr404(uid);
          indexes.delete(uid);
        })];
      }
      if (uid && parts.length === 2 && method === 'GET') {
        authorise(req, 'indexes.get');
        const index = indexOr404(uid);
        return [200, { uid, primaryKey: index.primaryKey, createdAt: index.createdAt, updatedAt: index.createdAt }];
      }
      if (uid && parts[2] === 'settings') {
        if (method === 'GET') {
          authorise(req, 'settings.get');
          return [200, indexOr404(uid).settings];
        }
        authorise(req, 'settings.update');
        const unknown = Object.keys(body as object).filter((k) => !SETTINGS_FIELDS.has(k));
        if (unknown.length > 0) throw new ApiError(400, 'bad_request', `Unknown field \`${unknown[0]}\`: expected one of ${[...SETTINGS_FIELDS].join(', ')}`);
        return [202, enqueue(uid, 'settingsUpdate', () => {
          const index = indexes.get(uid) ?? { uid, primaryKey: 'id', docs: new Map(), settings: {}, createdAt: now() };
          indexes.set(uid, index);
          Object.assign(index.settings, body);
        })];
      }
      if (uid && parts[2] === 'documents') {
        if (parts[3] === 'delete-batch' && method === 'POST') {
          authorise(req, 'documents.delete');
          return [202, enqueue(uid, 'documentDeletion', () => {
            const index = indexOr404(uid);
            for (const id of body as string[]) index.docs.delete(String(id));
            return { providedIds: (body as string[]).length };
          })];
        }
        if (method === 'GET' || (parts[3] === 'fetch' && method === 'POST')) {
          authorise(req, 'documents.get');
          const params = method === 'GET' ? Object.fromEntries(url.searchParams) : (body as Record<string, unknown>);
          const index = indexOr404(uid);
          const fields = typeof params['fields'] === 'string' ? params['fields'].split(',') : (params['fields'] as string[] | undefined);
          const offset = Number(params['offset'] ?? 0);
          const limit = Number(params['limit'] ?? 20);
          const all = [...index.docs.values()];
          const results = all.slice(offset, offset + limit).map((d) => (fields ? Object.fromEntries(fields.filter((f) => f in d).map((f) => [f, d[f]])) : d));
          return [200, { results, offset, limit, total: all.length }];
        }
        if (method === 'POST' || method === 'PUT') {
          authorise(req, 'documents.add');
          return [202, enqueue(uid, 'documentAdditionOrUpdate', () => {
            const index = indexes.get(uid) ?? { uid, primaryKey: url.searchParams.get('primaryKey') ?? 'id', docs: new Map(), settings: {}, createdAt: now() };
            indexes.set(uid, index);
            return addDocuments(index, body);
          })];
        }
      }
      if (uid && parts[2] === 'search' && method === 'POST') {
        authorise(req, 'search');
        return [200, search(body as Record<string, unknown>, uid)];
      }
    }
    throw new ApiError(404, 'not_found', `${method} ${url.pathname} is not implemented by the double`);
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') return; // answered by the preflight listener below
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      void (async () => {
        let status: number;
        let payload: unknown;
        try {
          const body: unknown = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
          [status, payload] = await route(req, body);
        } catch (e) {
          const error = e instanceof ApiError ? e : new ApiError(400, 'bad_request', e instanceof Error ? e.message : String(e));
          status = error.status;
          payload = { message: error.message, code: error.code, type: error.type, link: `https://docs.meilisearch.com/errors#${error.code}` };
        }
        const text = payload === null ? '' : JSON.stringify(payload);
        requests.push({ method: req.method ?? '', path: req.url ?? '', requestBytes: raw.length, responseBytes: Buffer.byteLength(text) });
        res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': '*' });
        res.end(text);
      })();
    });
  });
  // Browsers send a CORS preflight before JSON POSTs.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': '*' });
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    masterKey,
    adminKey: (keys[0] as Key).key,
    searchKey: (keys[1] as Key).key,
    requests,
    indexes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
