// Screenshots a page with Debian's Chromium, to look at what a change shows a person:
//   node scripts/screenshot.mjs URL OUT.png [width=1000] [scroll=0|bottom|full]
import {chromium} from 'playwright';
import {chromiumArgs, chromiumPath} from '../chromium.config.js';

const [url, out, width = '1000', scroll = '0'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const page = await browser.newPage({viewport: {width: Number(width), height: 900}});
page.on('console', (m) => m.type() !== 'debug' && console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, {waitUntil: 'networkidle'});
if (scroll !== 'full') {
  await page.evaluate((y) => window.scrollTo(0, y === 'bottom' ? 1e9 : Number(y)), scroll);
}
await page.waitForTimeout(400);
await page.screenshot({path: out, fullPage: scroll === 'full'});
await browser.close();
