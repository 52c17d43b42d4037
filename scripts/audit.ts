// `npm run audit`: advisories in the runtime dependencies (what ships to browsers and the build's
// own runtime), saying plainly when the advisory endpoint cannot be reached.
// Exit 0 when checked and clean, 1 when advisories were found, 2 when nothing could be checked.
import { spawnSync } from 'node:child_process';
import { summariseAudit } from './lib/summarise-audit';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const summary = summariseAudit(run.stdout ?? '');
if (summary.kind === 'unreachable') {
  console.error(summary.text);
  process.exit(2);
}
console.log(summary.text);
if (summary.total > 0) {
  console.log('详情 details: npm audit --omit=dev');
  process.exit(1);
}
