// Takes a full-page screenshot with Debian's Chromium: node scripts/screenshot.mjs URL OUT.png [width]
import {chromium} from 'playwright';

const [url, out, width = '1000'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({viewport: {width: Number(width), height: 900}});
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, {waitUntil: 'networkidle'});
await page.waitForTimeout(500);
await page.screenshot({path: out, fullPage: process.env.FULL !== '0'});
await browser.close();
