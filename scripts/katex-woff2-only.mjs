// A Vite plugin: KaTeX's stylesheet offers each of its 20 faces as woff2, woff and ttf. Every
// browser the build targets (es2022) reads woff2 and takes the first source it can use, so the
// other two formats are bytes in the page's stylesheet and 40 files in the build for nothing.
const FALLBACK_SOURCE = /,\s*url\([^)]+\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g;

export function woff2Only(css) {
  return css.replace(FALLBACK_SOURCE, '');
}

export function katexWoff2Only() {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/.test(id.split('?')[0])) return null;
      return { code: woff2Only(code), map: null };
    },
  };
}
