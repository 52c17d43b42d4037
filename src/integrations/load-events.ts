// Build-time loader of the events collection: the real events in src/content/events/events.yaml
// (hand-written) and imported.yaml (written by `npm run import -- --kind event`), plus, unless SAMPLE_EVENTS=off, about 40 sample events generated around the build date (or
// EVENTS_ANCHOR_DATE, which tests pin) so the demo always shows a live programme.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { eventsAnchorDay } from '../data/events-anchor';
import { buildSampleEvents, type VenueCandidate } from '../lib/events/sample/build-sample-events';
import { siteConfig } from '../site.config';

export function loadEvents(contentRoot: string): Record<string, unknown>[] {
  const real = ['events.yaml', 'imported.yaml'].flatMap((name) => {
    const file = `${contentRoot}/events/${name}`;
    return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as Record<string, unknown>[] | null) ?? []) : [];
  });
  // The importer refuses a hand-written id; an edited file could still repeat one, and two events
  // with one id would share a page and a calendar UID.
  const seen = new Set<unknown>();
  for (const event of real) {
    if (seen.has(event['id'])) throw new Error(`events → ${String(event['id'])}：编号在 events.yaml 和 imported.yaml 中重复 (duplicate event id)`);
    seen.add(event['id']);
  }
  if (process.env['SAMPLE_EVENTS'] === 'off') return real;
  const venues: VenueCandidate[] = ['centres', 'rooms', 'clinics'].flatMap((kind) => {
    const path = `${contentRoot}/places/${kind}.json`;
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as VenueCandidate[]) : [];
  });
  if (venues.length === 0) return real;
  return [...real, ...buildSampleEvents({ anchor: eventsAnchorDay(), seed: 2026, count: 40, venues, districts: siteConfig.districts, phoneAreaCode: siteConfig.phoneAreaCode })];
}
