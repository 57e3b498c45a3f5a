"""Writes src/styles/fonts/source-serif-4-essay-400.woff2: the regular prose face cut down to the
characters the essay's prose sets (about 110 of the Latin file's 231), so the one face the first
paint waits for is 12 KB instead of 20. fonts.css declares it after the full Latin face with a
unicode-range of exactly these characters: any other character still finds the full face.

Run after changing CHARACTERS (needs fontTools: pip install fonttools), then paste the printed
unicode-range into src/styles/fonts.css.
"""
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2'
TARGET = ROOT / 'src/styles/fonts/source-serif-4-essay-400.woff2'

# Printable ASCII, and the few other characters the prose uses: no-break space, ± ² · ¹ ½ ×,
# dashes, curly quotes, …, prime and the minus sign.
CHARACTERS = [*range(0x20, 0x7F), 0xA0, 0xB1, 0xB2, 0xB7, 0xB9, 0xBD, 0xD7,
              0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2032, 0x2212]


def unicode_range(codes):
    """U+0020-007E, U+00A0, … for consecutive runs of code points."""
    runs, start, previous = [], None, None
    for code in sorted(codes):
        if start is None:
            start = previous = code
        elif code == previous + 1:
            previous = code
        else:
            runs.append((start, previous))
            start = previous = code
    runs.append((start, previous))
    return ', '.join(f'U+{a:04X}' if a == b else f'U+{a:04X}-{b:04X}' for a, b in runs)


def main():
    options = subset.Options()
    options.flavor = 'woff2'
    # Hinting is for Windows' rasteriser at small sizes; browsers there render web fonts fine
    # without it, and it is a third of the glyph data.
    options.hinting = False
    options.layout_features = ['kern', 'liga', 'tnum', 'lnum', 'pnum', 'onum']
    # Keep the copyright, licence and licence URL in the file (SIL Open Font License 1.1; also in
    # src/styles/fonts/OFL.txt).
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    font = TTFont(SOURCE)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=CHARACTERS)
    subsetter.subset(font)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.flavor = 'woff2'
    font.save(TARGET)
    covered = set(font.getBestCmap())
    missing = sorted(set(CHARACTERS) - covered)
    if missing:
        raise SystemExit(f'the source face lacks {unicode_range(missing)}')
    print(f'{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size} bytes, {len(covered)} characters')
    print(f'unicode-range: {unicode_range(covered)};')


if __name__ == '__main__':
    main()
