import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterWords, contentFiles, fingerprintOf, seedPath, seedRuns, storedFingerprint } from './check-seed-wording.mjs';

const fingerprint = storedFingerprint();

describe('the seed wording check', () => {
  it('finds no run of 7 or more words of the seed in content/', () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(seedRuns(fingerprint, files).map((r) => `${r.file}:${r.line}: ${r.words}`)).toEqual([]);
  });

  it('names file, line and words of a run, across math and tags, numbers aside', () => {
    // Two sentences of the seed (its definition of n_out, and its 68 % line), as a chapter might copy them.
    const text = [
      '---',
      'title: Test',
      '---',
      'Let $n_{\\text{out}}$ be',
      'the number of neurons in the <Term id="layer">next layer</Term>.',
      'Six words of it: the number of neurons in the.',
      'About 68 % of the values fall between $-0.632$ and $+0.632$.',
    ].join('\n');
    expect(seedRuns(fingerprint, [{ file: 'content/99-test.mdx', text }])).toEqual([
      { file: 'content/99-test.mdx', line: 5, words: 'the number of neurons in the next layer' },
      { file: 'content/99-test.mdx', line: 7, words: 'about of the values fall between and' },
    ]);
  });

  it('reads prose only: math, code, tags and front-matter keys are not words', () => {
    const words = chapterWords('---\ntitle: A b\n---\nOne $x = wx$ two\n$$\nfrac\n$$\n```py\ncode\n```\n<Slope id="s" /> three `w @ x` 4.5 don’t').map((w) => `${w.word}@${w.line}`);
    expect(words).toEqual(['a@2', 'b@2', 'one@4', 'two@4', 'three@11', 'dont@11']);
  });

  it('holds the fingerprint of the seed (rebuilt from the seed where it is at hand)', () => {
    expect(fingerprint.length).toBeGreaterThan(1400);
    if (existsSync(seedPath)) expect(fingerprintOf(readFileSync(seedPath, 'utf8'))).toEqual(fingerprint);
  });
});
