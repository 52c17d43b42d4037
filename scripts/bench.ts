// Benchmarks that print figures (record them in docs/benchmarks.md): build time and page weights.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

const runs = Number(process.env['BENCH_RUNS'] ?? 3);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`date: ${new Date().toISOString()}`);

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  execFileSync('node_modules/.bin/astro', ['build'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' });
  times.push((performance.now() - start) / 1000);
}
times.sort((a, b) => a - b);
console.log(`astro build (${runs} runs): median ${times[Math.floor(runs / 2)]?.toFixed(2)} s, min ${times[0]?.toFixed(2)} s`);
execFileSync('node', ['scripts/size.ts'], { stdio: 'inherit' });
