import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// The colour tokens, checked by WCAG 2 contrast, computed here from the hex values (not read back
// from a browser): text 4.5:1, marks and outlines 3:1, in both themes.

const css = readFileSync('src/styles/tokens.css', 'utf8');

/** The custom properties of the first rule whose selector (after `indent`) is exactly `selector`. */
function block(selector: string, indent = ''): Map<string, string> {
  const start = css.indexOf(`\n${indent}${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(start, css.indexOf(`\n${indent}}`, start));
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

type RGB = [number, number, number];
const hex = (value: string | undefined): RGB => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value ?? '');
  if (!m) throw new Error(`not a #rrggbb colour: ${value}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
};
/** WCAG 2 relative luminance of an sRGB colour (0…255 channels). */
const luminance = (rgb: RGB) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** What `filter: invert(1) hue-rotate(180deg)` makes of a colour (Filter Effects 1's matrices, in sRGB). */
const darkRaster = (rgb: RGB): RGB => {
  const [r, g, b] = rgb.map((c) => 255 - c);
  const rows = [[-0.574, 1.43, 0.144], [0.426, 0.43, 0.144], [0.426, 1.43, -0.856]];
  return rows.map(([x, y, z]) => Math.min(255, Math.max(0, Math.round(x * r + y * g + z * b)))) as RGB;
};

const light = block(':root');
const dark = block(":root[data-theme='dark']");
const TEXT = ['--fg', '--muted', '--accent', '--danger', '--c-x', '--c-w', '--c-w-pos', '--c-w-neg', '--c-b', '--c-z', '--c-a', '--c-y', '--c-class-0', '--c-class-1', '--series-1', '--series-2', '--series-3', '--series-4'];

describe('tokens.css', () => {
  it('the dark theme is the same whether the system or the toggle asks for it', () => {
    expect(block(":root:not([data-theme='light'])", '  ')).toEqual(dark);
  });

  for (const [theme, tokens] of [['light', light], ['dark', dark]] as const) {
    it(`${theme}: every text colour is 4.5:1 on the page and on a figure`, () => {
      const low = TEXT.flatMap((name) =>
        ['--bg', '--bg-raised'].map((bg) => ({ name, bg, ratio: contrast(hex(tokens.get(name)), hex(tokens.get(bg))) })),
      ).filter((c) => c.ratio < 4.5);
      expect(low).toEqual([]);
    });

    it(`${theme}: outlines (borders, slider tracks) are 3:1 on the page and on a figure`, () => {
      for (const bg of ['--bg', '--bg-raised']) expect(contrast(hex(tokens.get('--border')), hex(tokens.get(bg)))).toBeGreaterThanOrEqual(3);
    });
  }

  it('a worked value: #1d5bb8 on #fdfcf9 is 6.31:1 (luminances 0.1120 and 0.9725, by hand)', () => {
    expect(contrast(hex('#1d5bb8'), hex('#fdfcf9'))).toBeCloseTo(6.32, 1);
  });

  // The training figure's decision-boundary map (TrainingPlots.tsx): pale blue for class 0, white
  // on the boundary, pale orange for class 1; each class's points must stand out 3:1 from the map
  // under them, in the light theme as drawn and in the dark one through --raster-filter.
  const MAP: RGB[] = [[146, 197, 222], [247, 247, 247], [244, 165, 130]];
  it('dark: the raster filter turns the pale map dark', () => {
    expect(dark.get('--raster-filter')).toBe('invert(1) hue-rotate(180deg)');
    expect(light.get('--raster-filter')).toBe('none');
    for (const colour of MAP) expect(luminance(darkRaster(colour))).toBeLessThan(0.12);
    expect(darkRaster([247, 247, 247])).toEqual([8, 8, 8]);
  });
  for (const [theme, tokens, map] of [['light', light, MAP], ['dark', dark, MAP.map(darkRaster)]] as const) {
    it(`${theme}: points of both classes are 3:1 on every colour of the boundary map`, () => {
      const low = ['--c-class-0', '--c-class-1'].flatMap((name) =>
        map.map((colour) => ({ name, colour, ratio: contrast(hex(tokens.get(name)), colour) })),
      ).filter((c) => c.ratio < 3);
      expect(low).toEqual([]);
    });
  }
});
