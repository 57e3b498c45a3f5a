// Draws the installable app's icons (public/icon-192.png, public/icon-512.png) in the system
// Chromium: the favicon's curve, white on the accent colour, full bleed and inside the central
// 80 % circle, so it works as a maskable icon (an OS may cut it to any shape). Run by hand after
// changing the drawing: `node scripts/make-icons.mjs`.
import { writeFile } from 'node:fs/promises';
import { launchChromium } from './browser.mjs';

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="#1d5bb8"/>
  <g transform="translate(256 256) scale(11) translate(-16 -16)">
    <path d="M6 22 C12 22 12 10 16 10 S20 22 26 22" stroke="#fff" stroke-width="3" stroke-linecap="round" fill="none"/>
  </g>
</svg>`;

const browser = await launchChromium();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${ICON}`);
    await writeFile(new URL(`../public/icon-${size}.png`, import.meta.url), await page.screenshot({ type: 'png' }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('Wrote public/icon-192.png and public/icon-512.png');
