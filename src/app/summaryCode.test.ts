import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The summary's code blocks, run as a reader would paste them: each block prints exactly the
 * lines written under its print calls as `#> …`. Blocks that import torch run where torch is
 * installed (it is not on every machine); every NumPy block runs everywhere.
 */
const summary = readFileSync('content/15-summary.mdx', 'utf8');
const blocks = [...summary.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]);
const hasTorch = spawnSync('python3', ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;

function printedBy(code: string): string[] {
  const run = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trimEnd().split('\n');
}

const expectedOf = (code: string) => code.split('\n').filter((line) => line.startsWith('#> ')).map((line) => line.slice(3));

describe('the summary code', () => {
  it('has NumPy blocks that say what they print', () => {
    const numpy = blocks.filter((b) => !b.includes('import torch'));
    expect(numpy.length).toBeGreaterThanOrEqual(4);
    for (const block of numpy) expect(expectedOf(block).length, block).toBeGreaterThan(0);
  });

  for (const [i, block] of blocks.entries()) {
    if (block.includes('import torch') && !hasTorch) continue;
    it(`block ${i + 1} prints what it says`, () => {
      expect(printedBy(block)).toEqual(expectedOf(block).length ? expectedOf(block) : ['']);
    });
  }

  it('prints the W that the Starting weights section typesets', () => {
    const typeset = /draw; the code at the end of this page makes another[\s\S]*?\\begin\{bmatrix\}([\s\S]*?)\\end\{bmatrix\}/.exec(summary)![1];
    const shown = typeset.split(/&|\\\\/).map(Number);
    const xavier = blocks.find((b) => b.includes('default_rng(0)'))!;
    const printed = printedBy(xavier).slice(1).join(' ').replace(/[[\]]/g, ' ').trim().split(/\s+/).map(Number);
    expect(printed).toEqual(shown);
  });
});
