// Renders the app icon SVG to the PNG sizes electron-builder and the tray use, in Chromium.
// Run: node scripts/make-icons.mjs  (needs Chromium: see scripts/find-browser.mjs)
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { requireBrowser } from './find-browser.mjs';

const svg = await readFile(new URL('../assets/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: requireBrowser(),
  args: ['--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [512, 256, 32, 16]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const name = size === 512 ? 'icon.png' : `icon-${size}.png`;
  await page.screenshot({
    path: new URL(`../assets/icons/${name}`, import.meta.url).pathname,
    omitBackground: true,
  });
  console.log(`assets/icons/${name}`);
}
await browser.close();
