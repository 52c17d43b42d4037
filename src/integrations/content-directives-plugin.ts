// Build-time Markdown plugin: a paragraph that is exactly {{warning-signs:18}} or {{red-flags:fever}} is
// replaced by the list from src/content (the national warning-sign table, or the topic's red-flag file),
// so no guide types these lists by hand. An unknown age or topic fails the build with file and token
// (here while rendering, and in src/data/assert-directives.ts on every build).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defineMdastPlugin } from 'satteri';
import { parse } from 'yaml';
import { expandContentDirective, type ContentDirectiveData } from '../lib/content/expand-content-directives';
import { RedFlagSetSchema } from '../schemas/red-flags';
import { WarningSignTableSchema } from '../schemas/warning-signs';

/** Parses one data file with its schema; a bad file fails the build with its path and the fields. */
function readData<T>(contentRoot: string, path: string, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T {
  const result = schema.safeParse(parse(readFileSync(`${contentRoot}/${path}`, 'utf8')));
  if (!result.success) throw new Error(`${contentRoot}/${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

function readDirectiveData(contentRoot: string): ContentDirectiveData {
  const warningSigns = readData(contentRoot, 'milestones/warning-signs.yaml', WarningSignTableSchema);
  const redFlagFiles = readdirSync(`${contentRoot}/red-flags`).filter((f) => f.endsWith('.yaml'));
  const redFlags = new Map(redFlagFiles.map((f) => readData(contentRoot, `red-flags/${f}`, RedFlagSetSchema)).map((s) => [s.topic, s]));
  return { warningSigns, redFlags };
}

/**
 * A digest of every data file guides render from (these lists and the schedules the schedule-ages plugin
 * reads). It goes into the plugin's name, hence into the Astro config digest: Astro keeps rendered guides
 * in its content cache until a guide or the config changes, so without it an edit to the data alone
 * would leave old lists on the pages.
 */
function digestGuideData(contentRoot: string): string {
  const hash = createHash('sha256');
  const inDir = (dir: string) => (existsSync(`${contentRoot}/${dir}`) ? readdirSync(`${contentRoot}/${dir}`).map((f) => `${dir}/${f}`) : []);
  const files = ['milestones/warning-signs.yaml', ...inDir('red-flags'), ...inDir('schedules')].filter((f) => existsSync(`${contentRoot}/${f}`)).sort();
  for (const f of files) hash.update(f).update(readFileSync(`${contentRoot}/${f}`));
  return hash.digest('hex').slice(0, 16);
}

/** The Sätteri plugin; the data files are read once per build, on the first directive met. */
export function createContentDirectivesPlugin(options: { contentRoot: string }) {
  let data: ContentDirectiveData | undefined;
  return defineMdastPlugin({
    name: `content-directives-${digestGuideData(options.contentRoot)}`,
    paragraph(node, ctx) {
      const value = ctx.textContent(node);
      if (!value.includes('{{')) return;
      const hasDirective = /\{\{(warning-signs|red-flags):/.test(value);
      if (!hasDirective) return;
      data ??= readDirectiveData(options.contentRoot);
      const result = expandContentDirective(value, data);
      if (!result) return;
      if ('error' in result) throw new Error(`${ctx.fileURL?.pathname ?? 'guide'}: ${result.error}`);
      ctx.replaceNode(node, result.nodes);
    },
  });
}
