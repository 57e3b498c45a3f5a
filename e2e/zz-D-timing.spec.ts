import { test, openFigure } from './fixtures';

const cases = [['Layer with a bias vector', 'layer-with-bias', /x1/], ['Broadcasting', 'broadcasting', /b1/], ['Activation explorer', 'activation-explorer', /^z/], ['Why a switch at all', 'why-switch', /x2/]] as const;
for (const [caption, id, slider] of cases) {
  test(`timing ${id}`, async ({ page }) => {
    await page.goto(`./#fig-${id}`);
    const figure = await openFigure(page, caption);
    const range = figure.getByRole('slider', { name: slider });
    const ms = await range.evaluate(async (el) => {
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        el.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
        times.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(r));
      }
      times.sort((a, b) => a - b);
      return { median: times[15], max: times[29] };
    });
    console.log(`TIMING ${id} median ${ms.median.toFixed(1)} ms, max ${ms.max.toFixed(1)} ms`);
  });
}
