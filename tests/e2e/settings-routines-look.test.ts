import { afterAll, beforeAll, describe, it } from 'vitest';
import { setWindowSize, WINDOW_SIZES } from './in-view';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

const label = process.env.LOOK_LABEL ?? 'now';

describe('look', () => {
  let app: AppInChromium;
  beforeAll(async () => {
    app = await startAppInChromium();
  });
  afterAll(async () => {
    await app?.stop();
  });
  it('screenshots', async () => {
    const { page } = app;
    for (const screen of ['Settings', 'Routines']) {
      await page.getByRole('tab', { name: screen }).click();
      for (const size of WINDOW_SIZES) {
        await setWindowSize(page, size);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`${label} ${screen} ${size.name}: ${height}px`);
        await page.screenshot({
          path: `screenshots/${label}-${screen.toLowerCase()}-${size.name}.png`,
          fullPage: true,
        });
      }
    }
  });
});
