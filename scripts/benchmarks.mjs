// `npm run benchmarks`: regenerates BENCHMARKS.md — builds the site once, then runs every
// measurement (load budget, math core, interaction latency, training speed, long sessions,
// Lighthouse) and writes each one's report with the date and the machine.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, platform, release } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const steps = [
  { title: 'Load budget (first load, gzip)', command: ['node', 'scripts/budget.mjs'] },
  { title: 'Math core (vitest bench)', command: ['npx', 'vitest', 'bench', '--run', '--project', 'core'] },
  { title: 'Interaction latency: input → next painted frame, this machine', command: ['node', 'scripts/bench-ui.mjs'] },
  // A mid-range phone: a quarter of this CPU and a phone's viewport (fewer presses: each is slow).
  { title: 'Interaction latency: input → next painted frame, phone profile (CPU 4× slower, 412 px)', command: ['node', 'scripts/bench-ui.mjs'], env: { CPU: '4', PHONE: '1', PRESSES: process.env.PHONE_PRESSES ?? '30' } },
  { title: 'Training speed in the browser', command: ['node', 'scripts/bench-training.mjs'] },
  { title: 'Training speed in the browser, phone profile (CPU 4× slower)', command: ['node', 'scripts/bench-training.mjs'], env: { CPU: '4' } },
  // The issue's long session is five minutes of training (bench:memory alone defaults to one).
  { title: 'Long sessions: heap and frame rate', command: ['node', 'scripts/bench-memory.mjs'], env: { TRAIN_SECONDS: process.env.TRAIN_SECONDS ?? '300' } },
  { title: 'Lighthouse 12.2.3', command: ['node', 'scripts/audit-lighthouse.mjs'] },
];

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const clean = (text) => text.replace(ANSI_COLOUR, '').replace(/\r/g, '').trimEnd();

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const chromium = findChromium();
const chromiumVersion = chromium ? clean(spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout ?? '') : 'not found';
const sections = [];
// BENCH_ONLY=regex runs some of the steps (their titles), e.g. for a quick partial refresh.
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
for (const step of steps.filter((s) => !only || only.test(s.title))) {
  console.log(`\n== ${step.title}`);
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...step.env } });
  const output = clean(`${run.stdout ?? ''}${run.stderr ? `\n${run.stderr}` : ''}`);
  console.log(output);
  const verdict = run.status === 0 ? 'within budget' : 'OVER BUDGET or failed (see output)';
  sections.push({ title: step.title, text: `## ${step.title}\n\n\`${step.command.join(' ')}\` — ${verdict}, ${((Date.now() - started) / 1000).toFixed(0)} s, ${new Date().toISOString().slice(0, 16)} UTC\n\n\`\`\`\n${output}\n\`\`\`\n` });
}

// BENCH_ONLY refreshes its sections in place: the others stay as they were (each carries its date).
const previous = new Map();
if (only && existsSync('BENCHMARKS.md')) {
  for (const part of readFileSync('BENCHMARKS.md', 'utf8').split(/^(?=## )/m).slice(1)) previous.set(part.slice(3, part.indexOf('\n')).trim(), part.trimEnd() + '\n');
}
const body = steps
  .map((step) => sections.find((section) => section.title === step.title)?.text ?? previous.get(step.title))
  .filter(Boolean);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}, ${chromiumVersion}`;
const text = `# Benchmarks

Regenerate with \`npm run benchmarks\` (every number below comes from that one command).

- Date: ${new Date().toISOString()}${only ? ` (sections matching /${process.env.BENCH_ONLY}/; the others from earlier runs)` : ''}
- Machine: ${machine}

${body.join('\n')}`;
writeFileSync('BENCHMARKS.md', text);
console.log('\nWrote BENCHMARKS.md');
