import { test, openFigure } from './fixtures';

const captions = ['Layer with a bias vector', 'Broadcasting', 'Activation explorer', 'Why a switch at all'];
for (const width of [1280, 360]) {
  test(`shots ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    for (const [i, caption] of captions.entries()) {
      const figure = await openFigure(page, caption);
      if (caption === 'Why a switch at all') await figure.getByRole('switch', { name: 'activation between layers' }).click();
      await page.waitForTimeout(300);
      await figure.screenshot({ path: `/tmp/shots-D/${i}-${width}.png` });
    }
  });
}
