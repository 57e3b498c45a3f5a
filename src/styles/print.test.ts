import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(`src/styles/${name}`, 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function customProperties(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

describe('print.css', () => {
  it('prints in the light palette every colour the dark theme changes', () => {
    const tokens = read('tokens.css');
    const light = customProperties(tokens, ':root');
    const dark = customProperties(tokens, ":root[data-theme='dark']");
    const printed = customProperties(read('print.css'), '  html:root:is([data-theme], :not([data-theme]))');
    expect(dark.size).toBeGreaterThan(10);
    const wrong = [...dark.keys()].filter((name) => printed.get(name) !== light.get(name)).map((name) => `${name}: print ${printed.get(name)}, light ${light.get(name)}`);
    expect(wrong).toEqual([]);
  });
});
