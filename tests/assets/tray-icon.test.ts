import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBrowser } from '../../scripts/find-browser.mjs';

/** WCAG's contrast ratio between two sRGB colours (0–255 channels). */
function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = ([r, g, b]: readonly number[]) => {
    const linear = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** The icon's pixels, RGBA, as Chromium decodes the PNG. */
async function pixels(page: Page, file: string): Promise<number[][]> {
  const dataUrl = `data:image/png;base64,${(await readFile(file)).toString('base64')}`;
  return page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const out: number[][] = [];
    for (let index = 0; index < data.length; index += 4) out.push([...data.slice(index, index + 4)]);
    return out;
  }, dataUrl);
}

/** How many of the icon's pixels stand out (3:1 or more) against a panel colour. */
function standingOut(icon: number[][], panel: readonly number[]): number {
  return icon.filter(([r, g, b, a]) => {
    if (a! < 128) return false;
    const alpha = a! / 255;
    const over = [r!, g!, b!].map((c, i) => c * alpha + panel[i]! * (1 - alpha));
    return contrast(over, panel) >= 3;
  }).length;
}

describe('the tray icon', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: requireBrowser(), args: ['--disable-gpu'] });
    page = await browser.newPage();
  });
  afterAll(() => browser.close());

  it('reads on a light panel and on a dark one: a good part of it stands out against each', async () => {
    const icon = await pixels(page, 'assets/icons/icon-32.png');
    expect(icon).toHaveLength(32 * 32);
    for (const panel of [
      [255, 255, 255],
      [240, 240, 240],
      [0, 0, 0],
      [48, 48, 48],
    ]) {
      expect(standingOut(icon, panel), `against rgb(${panel.join(',')})`).toBeGreaterThan(100);
    }
  });

  it('has a macOS template: black on transparent, at 1x and 2x, for the system to tint', async () => {
    for (const [file, size] of [
      ['assets/icons/trayTemplate.png', 16],
      ['assets/icons/trayTemplate@2x.png', 32],
    ] as const) {
      const icon = await pixels(page, file);
      expect(icon).toHaveLength(size * size);
      const drawn = icon.filter(([, , , a]) => a! > 0);
      expect(drawn.length).toBeGreaterThan(size * size * 0.15);
      expect(drawn.length).toBeLessThan(size * size * 0.7);
      expect(drawn.every(([r, g, b]) => r! < 24 && g! < 24 && b! < 24)).toBe(true);
    }
  });
});
