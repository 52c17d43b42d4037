/**
 * Ports of the test servers. E2E_PORT_BASE moves them all, so two checkouts can run their
 * end-to-end tests on one machine at the same time.
 */
const base = Number(process.env['E2E_PORT_BASE'] ?? 4329);

/** The built site. */
export const sitePort = base;
/** The same site built from test fixtures (tests/e2e/*.fixture.spec.ts). */
export const fixturePort = base + 1;
export const fixtureBaseURL = `http://localhost:${fixturePort}`;
/** Folder the fixture site is built into: one per port base, so two runs never rebuild each other's. */
export const fixtureSiteDir = `node_modules/.cache/fixture-site-${fixturePort}`;
/** First of the ports the update test serves its two versions on (one per worker). */
export const updatePortBase = base + 2;
/** The Meilisearch double the fixture site is built to search (tests/e2e/meili.fixture.spec.ts). */
export const meiliDoublePort = base + 9;
