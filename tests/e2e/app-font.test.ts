import { afterEach, describe, expect, it } from 'vitest';
import { startAppInChromium, type AppInChromium } from './start-app-in-chromium';

/**
 * The app's own font on the built app: served by the app's own protocol and in use before the first screen, so
 * the screens and the report are laid out the same whatever fonts the system has.
 */
describe('the app’s own font, in the built app', () => {
  let app: AppInChromium | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('draws every screen in Atkinson Hyperlegible, loaded from the app itself', async () => {
    app = await startAppInChromium();
    const { page } = app;
    const font = await page.evaluate(() => ({
      origin: window.location.origin,
      family: getComputedStyle(document.body).fontFamily,
      regular: document.fonts.check('400 1em "Atkinson Hyperlegible"'),
      bold: document.fonts.check('700 1em "Atkinson Hyperlegible"'),
      loaded: [...document.fonts]
        .filter((face) => face.status === 'loaded')
        .map((face) => `${face.family} ${face.weight}`),
      files: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.woff2')),
    }));
    // Chromium shows the app from a loopback server that answers through main's own app://
    // protocol handler (tests/e2e/chromium-host.ts): the font comes from the app's files.
    expect(font.origin).toBe(app.host.origin);
    expect(font.family).toMatch(/^"?Atkinson Hyperlegible"?,/);
    expect(font.regular && font.bold).toBe(true);
    expect(font.loaded).toEqual(
      expect.arrayContaining(['Atkinson Hyperlegible 400', 'Atkinson Hyperlegible 700']),
    );
    expect(font.files.length).toBeGreaterThan(0);
    for (const file of font.files) expect(file.startsWith(`${app.host.origin}/assets/`)).toBe(true);
  });
});
