/**
 * Every widget against its oracle: rendered at its default and at 20 seeded random states, each
 * live equation's typeset numbers and each readout are compared with what the widget's
 * `oracle.ts` (independent of its code) says they must be; its NumPy snippet, as the reader would
 * copy it, is run in python3 and what it prints is compared with the same oracle.
 */
import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { spawnSync } from 'node:child_process';
import type { DefinedWidget } from './shared/defineWidget';
import { defaultsOf, type Schema } from './shared/params';
import { patchState } from './shared/widgetStore';
import { shownMath } from '../test/shownMath';
import { typesetNumbers, parseShown } from '../test/typesetNumbers';
import { agrees, compareNumbers, expectedValue, halfUlpOf, parsePrinted, type OracleModule, type OracleView } from '../test/oracle';
import { sampleState, seededRandom } from '../test/sampleState';

const RANDOM_STATES = 20;
const widgets = import.meta.glob<{ default: DefinedWidget<Schema, object> }>('./*/index.ts', { eager: true });
const oracles = import.meta.glob<OracleModule<Record<string, unknown>>>('./*/oracle.ts', { eager: true });
const folder = (path: string) => path.split('/')[1];
const defined = Object.entries(widgets).filter(([, m]) => m.default && 'definition' in m.default);

const python = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
const hasNumpy = python.status === 0;
// PyTorch is large and optional: its snippets run where it is installed.
const hasTorch = spawnSync('python3', ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;

function runPython(snippets: string[]): { stdout: string; error: string | null }[] {
  const result = spawnSync('python3', ['scripts/run_snippets.py'], { input: JSON.stringify(snippets), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { stdout: string; error: string | null }[];
}

interface Seen {
  state: Record<string, unknown>;
  view: OracleView;
  numpy: string;
  pytorch: string;
}

function readouts(figure: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of figure.querySelectorAll('.nn-readout__item')) {
    out.set(item.querySelector('dt')?.textContent ?? '', item.querySelector('output')?.textContent ?? '');
  }
  return out;
}

function checkFigure(figure: Element, view: OracleView, where: string): string[] {
  const problems: string[] = [];
  const text = figure.textContent ?? '';
  if (/NaN|Infinity|undefined|—/.test(text.replace(/In code[\s\S]*$/, ''))) problems.push(`${where}: shows NaN, Infinity, undefined or "—"`);
  const equations = shownMath(figure, '.nn-livemath').filter((el) => !el.parentElement?.closest('.nn-livemath'));
  if (equations.length !== view.equations.length) {
    problems.push(`${where}: ${equations.length} live equations, the oracle describes ${view.equations.length}`);
  }
  equations.forEach((eq, i) => {
    if (!view.equations[i]) return;
    const mismatch = compareNumbers(typesetNumbers(eq), view.equations[i]);
    if (mismatch) problems.push(`${where}, equation ${i + 1}: ${mismatch}`);
  });
  const shown = readouts(figure);
  for (const [label, expected] of Object.entries(view.readouts ?? {})) {
    const value = shown.get(label);
    const e = expectedValue(expected);
    if (value === undefined) problems.push(`${where}: no readout "${label}" (readouts: ${[...shown.keys()].join(', ')})`);
    else if ('text' in e) {
      if (value !== e.text) problems.push(`${where}: readout ${label} = "${value}", oracle "${e.text}"`);
    } else {
      const parsed = parseShown(value);
      if (!parsed || !agrees(parsed, e.value, e.digits)) problems.push(`${where}: readout ${label} = "${value}", oracle ${e.value}`);
    }
  }
  return problems;
}

function checkPrinted(stdout: string, printed: NonNullable<OracleView['printed']>, where: string): string[] {
  const problems: string[] = [];
  const lines = parsePrinted(stdout);
  for (const [name, expected] of Object.entries(printed)) {
    const got = lines.get(name);
    const want = typeof expected === 'number' ? [expected] : [...expected];
    if (!got) {
      problems.push(`${where}: the snippet does not print "${name} = …" (it printed: ${JSON.stringify(stdout.slice(0, 300))})`);
      continue;
    }
    if (got.values.length !== want.length) {
      problems.push(`${where}: ${name} printed ${got.values.length} numbers (${got.texts.join(' ')}), oracle ${want.length}`);
      continue;
    }
    want.forEach((w, i) => {
      const tolerance = Math.max(halfUlpOf(got.texts[i]), 1e-9 * Math.abs(w)) * (1 + 1e-9);
      if (!(Math.abs(got.values[i] - w) <= tolerance)) problems.push(`${where}: ${name}[${i}] printed ${got.texts[i]}, oracle ${w}`);
    });
  }
  for (const name of lines.keys()) if (!(name in printed)) problems.push(`${where}: the snippet prints "${name}", which the oracle does not check`);
  return problems;
}

describe.each(defined)('%s', (path, module) => {
  const name = folder(path);
  const Widget = module.default;
  const { params } = Widget.definition;
  const oracleModule = oracles[`./${name}/oracle.ts`];
  const seen: Seen[] = [];

  it('has an oracle (oracle.ts beside it)', () => {
    expect(oracleModule, `${name}/oracle.ts`).toBeDefined();
  });

  it(`shows what its oracle says at the default and ${RANDOM_STATES} random states`, { timeout: 60_000 }, async () => {
    if (!oracleModule) return;
    const id = `oracle-${name}`;
    const defaults = defaultsOf(params) as Record<string, unknown>;
    const random = seededRandom(20261201);
    const states = [defaults];
    for (let i = 0; i < RANDOM_STATES; i++) {
      states.push(oracleModule.sample ? oracleModule.sample(random, defaults) : (sampleState(params, random) as Record<string, unknown>));
    }
    const { container } = render(<Widget id={id} />);
    const problems: string[] = [];
    for (const [i, state] of states.entries()) {
      await act(async () => patchState(id, state));
      const figure = container.querySelector('figure')!;
      const view = oracleModule.oracle(state);
      const where = i === 0 ? 'default' : `state ${JSON.stringify(state)}`;
      problems.push(...checkFigure(figure, view, where));
      const blocks = figure.querySelectorAll('.nn-code-panel pre code');
      seen.push({ state, view, numpy: blocks[0]?.textContent ?? '', pytorch: blocks[1]?.textContent ?? '' });
    }
    expect(problems.slice(0, 8)).toEqual([]);
  });

  // One python3 process runs all 21 snippets; some train or time a network, so a loaded machine needs the room.
  it('prints, in NumPy, what the figure shows', { timeout: 120_000 }, () => {
    if (!Widget.definition.code || seen.length === 0) return;
    if (!hasNumpy) throw new Error('The snippet tests need python3 with NumPy: apt-get install python3-numpy (or pip install numpy).');
    const results = runPython(seen.map((s) => s.numpy));
    const problems: string[] = [];
    results.forEach((r, i) => {
      const where = i === 0 ? 'default' : `state ${JSON.stringify(seen[i].state)}`;
      if (r.error) problems.push(`${where}: the snippet raised ${r.error}`);
      else problems.push(...checkPrinted(r.stdout, seen[i].view.printed ?? {}, where));
    });
    expect(problems.slice(0, 8)).toEqual([]);
  });

  // Defined only where torch is there: a skipped test would change the suite's closing line.
  if (hasTorch) {
    it('runs in PyTorch', () => {
      const errors = runPython(seen.map((s) => s.pytorch)).flatMap((r, i) => (r.error ? [`state ${JSON.stringify(seen[i].state)}: ${r.error}`] : []));
      expect(errors.slice(0, 4)).toEqual([]);
    });
  }

  it('builds float tensors in PyTorch', () => {
    for (const s of seen) {
      for (const call of s.pytorch.match(/torch\.tensor\((?:[^()]|\([^()]*\))*\)/g) ?? []) {
        expect(call, 'torch.tensor of whole numbers is int64, which nn.Linear, @ and requires_grad reject').toContain('dtype=torch.float32');
      }
    }
  });
});
