// Lays out a content root from the valid fixtures (plus the real schedules, warning-sign table and
// red-flag lists, which the fixtures do not repeat) and any invalid fixture files asked for. Used by the build tests and the fixture site.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The date the fixture site's sample events are generated around (a Tuesday). */
export const FIXTURE_EVENTS_ANCHOR = '2026-12-01';

const fixtures = new URL('../fixtures/content/', import.meta.url).pathname;
const schedules = new URL('../../src/content/schedules', import.meta.url).pathname;
const warningSigns = new URL('../../src/content/milestones/warning-signs.yaml', import.meta.url).pathname;
const redFlags = new URL('../../src/content/red-flags', import.meta.url).pathname;

/** `invalidCorrections`: a file from invalid/corrections/ that replaces the valid correction log. */
export function composeFixtureContent(root: string, invalidGuides: readonly string[] = [], invalidPacks: readonly string[] = [], invalidCorrections?: string): string {
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  cpSync(schedules, join(root, 'schedules'), { recursive: true });
  mkdirSync(join(root, 'milestones'), { recursive: true });
  cpSync(warningSigns, join(root, 'milestones', 'warning-signs.yaml'));
  cpSync(redFlags, join(root, 'red-flags'), { recursive: true });
  mkdirSync(join(root, 'myths'), { recursive: true });
  for (const g of invalidGuides) cpSync(join(fixtures, 'invalid/guides', g), join(root, 'guides', g));
  for (const p of invalidPacks) cpSync(join(fixtures, 'invalid/packs', p), join(root, 'packs', p));
  if (invalidCorrections) cpSync(join(fixtures, 'invalid/corrections', invalidCorrections), join(root, 'corrections', 'corrections.yaml'));
  return root;
}
