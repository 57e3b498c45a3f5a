import { describe, expect, it } from 'vitest';
import { chapters } from './chapters';
import { contentProblems } from './contentCheck';
import { termOrderProblems } from './termOrder';
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
    const problems = contentProblems([page], { ...names, glossary: {} });
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

describe('contentProblems: terms before their definition', () => {
  const glossary = {
    derivative: { term: 'derivative', defined: 'slopes--the-slope-of-a-curve', words: ['derivative', 'derivatives'] },
    'hidden-layer': { term: 'hidden layer', defined: 'networks', words: ['hidden layer', 'hidden layers'] },
    weight: { term: 'weight', defined: 'one-neuron' },
  };
  const page = (file: string, sections: string[], list: { tag: string; id: string; line: number }[], prose: [number, string][]) => ({
    file,
    sections,
    list: list.map(({ tag, id, line }) => ({ tag, attributes: { id }, line })),
    prose: prose.map(([line, text]) => ({ line, text })),
  });
  const essay = [
    page('content/01-one-neuron.mdx', ['one-neuron--what-it-does'], [{ tag: 'Term', id: 'derivative', line: 7 }], [
      [3, 'A neuron has a weight for each input.'],
      [5, 'Its Derivatives come later; a derivative-free method is no use.'],
      [9, 'A hidden layer, and hidden layers.'],
    ]),
    page('content/02-slopes.mdx', ['slopes--the-slope-of-a-curve'], [{ tag: 'Term', id: 'derivative', line: 4 }], [[6, 'The derivative is a slope.']]),
    page('content/03-networks.mdx', [], [{ tag: 'Term', id: 'weight', line: 2 }], [[8, 'Every hidden layer has weights.']]),
  ];
  const problems = termOrderProblems(essay, glossary);

  it('names file and line of each use before the defining chapter, a <Term> or a plain key word', () => {
    expect(problems).toEqual([
      'content/01-one-neuron.mdx:7: <Term id="derivative"> comes before its definition in #slopes (chapter 2)',
      'content/01-one-neuron.mdx:5: "Derivatives" is used before "derivative" is defined in #slopes (chapter 2)',
      'content/01-one-neuron.mdx:9: "hidden layer" is used before "hidden layer" is defined in #networks (chapter 3)',
      'content/01-one-neuron.mdx:9: "hidden layers" is used before "hidden layer" is defined in #networks (chapter 3)',
    ]);
  });

  it('matches whole words only, and nothing at or after the defining chapter', () => {
    expect(problems.join('\n')).not.toContain('derivative-free');
    expect(problems.filter((p) => p.startsWith('content/02') || p.startsWith('content/03'))).toEqual([]);
  });

  it('refuses a glossary entry defined in no section of the essay', () => {
    expect(termOrderProblems(essay, { ...glossary, loss: { term: 'loss', defined: 'slopes--how-wrong' } })).toContain(
      'content/glossary.json: "loss" is defined in "slopes--how-wrong", which is no section of the essay',
    );
  });

  it('knows where every glossary term of the essay is defined, and the essay uses none before', () => {
    const essayGlossary = Object.fromEntries(glossaryEntries());
    expect(Object.values(essayGlossary).every((e) => typeof (e as { defined?: unknown }).defined === 'string')).toBe(true);
    expect(chapters.every((c) => (c.references.sections ?? []).join() === c.sections.map((s) => s.id).join())).toBe(true);
    expect(chapters.reduce((n, c) => n + (c.references.prose ?? []).length, 0)).toBeGreaterThan(1000);
    expect(termOrderProblems(chapters.map((c) => c.references), essayGlossary as never)).toEqual([]);
  });
});
