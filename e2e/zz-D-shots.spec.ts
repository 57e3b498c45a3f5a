import { test, openFigure } from './fixtures';

const figs = [['Layer with a bias vector', 'layer-with-bias'], ['Broadcasting', 'broadcasting'], ['Activation explorer', 'activation-explorer'], ['Why a switch at all', 'why-switch']];
for (const width of [1280, 360]) {
  for (const [i, [caption, id]] of figs.entries()) {
    test(`shot ${width} ${id}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`./#fig-${id}`);
      const figure = await openFigure(page, caption);
      if (id === 'why-switch') await figure.getByRole('switch', { name: 'activation between layers' }).click();
      await page.waitForTimeout(500);
      await figure.screenshot({ path: `/tmp/shots-D/${i}-${width}.png` });
    });
  }
}
