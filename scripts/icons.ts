import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

// Renders assets/icon.svg (our own design) into the PNG sizes the stores and the toolbar ask for:
// public/icon/<size>.png, which WXT lists in the manifest. Run after changing the SVG:
//   npm run icons
export const ICON_SIZES = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync('assets/icon.svg', 'utf8');
  mkdirSync('public/icon', { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
