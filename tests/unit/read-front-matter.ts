import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/** Front matter of every Markdown file in a folder, keyed by file name. */
export function readFrontMatters(dir: URL): Map<string, unknown> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const text = readFileSync(new URL(f, dir), 'utf8');
        const match = /^---\n([\s\S]*?)\n---/.exec(text);
        if (!match?.[1]) throw new Error(`${f}: no front matter`);
        return [f, parse(match[1])];
      }),
  );
}
