import { describe, expect, it } from 'vitest';
import { chapters } from './chapters';
import { contentProblems } from './contentCheck';
import { glossaryEntries } from './GlossaryTerm';
import { widgetNames } from '../widgets/registry';

const names = { widgets: widgetNames, terms: glossaryEntries().map(([id]) => id) };

describe('contentProblems(chapters)', () => {
  it('finds nothing unresolved in the essay', () => {
    expect(chapters.reduce((n, c) => n + c.references.list.length, 0)).toBeGreaterThan(100);
    expect(contentProblems(chapters.map((c) => c.references), names)).toEqual([]);
  });

  it('names file and line of each tag that does not resolve', () => {
    const page = {
      file: 'content/99-test.mdx',
      list: [
        { tag: 'CalculationByHand', attributes: {}, line: 3 },
        { tag: 'CalculationByHnad', attributes: {}, line: 4 },
        { tag: 'ReactiveNumber', attributes: { of: 'calculation-by-hand.w9' }, line: 5 },
        { tag: 'ReactiveNumber', attributes: { of: 'calculation-by-hand.act' }, line: 6 },
        { tag: 'ReactiveNumber', attributes: { of: 'calculation-by-hand.w1' }, line: 7 },
        { tag: 'Exercise', attributes: { id: 'calc-class-O' }, line: 8 },
        { tag: 'Exercise', attributes: { id: 'summary-tanh-negative' }, line: 9 },
        { tag: 'Term', attributes: { id: 'wieght' }, line: 10 },
        { tag: 'CalculationByHand', attributes: {}, line: 11 },
      ],
    };
    const problems = contentProblems([page], names);
    expect(problems.map((p) => p.split(':').slice(0, 2).join(':'))).toEqual([
      'content/99-test.mdx:11',
      'content/99-test.mdx:4',
      'content/99-test.mdx:5',
      'content/99-test.mdx:6',
      'content/99-test.mdx:8',
      'content/99-test.mdx:9',
      'content/99-test.mdx:10',
    ]);
    expect(problems.join('\n')).toContain('has no parameter "w9"');
    expect(problems.join('\n')).toContain('checks widget "summary-neuron", which no chapter shows');
  });
});
