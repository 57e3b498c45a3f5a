import { test, openFigure } from './fixtures';
for (const width of [1280, 360]) {
  test(`shots ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    for (const cap of ['Symmetry', 'Initialization lab', 'Spread is not a range']) {
      const fig = await openFigure(page, cap);
      await page.waitForTimeout(400);
      await fig.screenshot({ path: `test-results/shotC-${cap.replace(/ /g, '_')}-${width}.png` });
    }
  });
}
