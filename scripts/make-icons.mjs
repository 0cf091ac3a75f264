// Renders the app icon SVG to the PNG sizes electron-builder and the tray use, and the macOS
// menu-bar template (black on transparent; macOS tints it for light and dark bars), in Chromium.
// Run: node scripts/make-icons.mjs  (needs Chromium: see scripts/find-browser.mjs)
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { requireBrowser } from './find-browser.mjs';

const read = (name) => readFile(new URL(`../assets/icons/${name}`, import.meta.url), 'utf8');
const renders = [
  ...[512, 256, 32, 16].map((size) => ({
    svg: 'icon.svg',
    size,
    name: size === 512 ? 'icon.png' : `icon-${size}.png`,
  })),
  { svg: 'tray-template.svg', size: 16, name: 'trayTemplate.png' },
  { svg: 'tray-template.svg', size: 32, name: 'trayTemplate@2x.png' },
];
const browser = await chromium.launch({
  executablePath: requireBrowser(),
  args: ['--disable-gpu'],
});
const page = await browser.newPage();
for (const { svg: file, size, name } of renders) {
  const svg = await read(file);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({
    path: new URL(`../assets/icons/${name}`, import.meta.url).pathname,
    omitBackground: true,
  });
  console.log(`assets/icons/${name}`);
}
await browser.close();
