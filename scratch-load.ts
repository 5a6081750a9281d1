import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { launchBrowser, serveStatic } from './src/measure/browser.ts';
const site = await serveStatic();
for (const route of ['/', '/embed/']) {
const browser = await launchBrowser();
const page = await browser.context.newPage();
const rows: Promise<[string, number]>[] = [];
page.on('response', (r) => rows.push(r.body().then((b) => [r.url().replace(site.origin, ''), gzipSync(b).length] as [string, number], () => [r.url(), 0] as [string, number])));
await page.goto(site.origin + route);
await page.locator('[data-step-heading]').first().waitFor();
await page.waitForLoadState('networkidle');
const all = await Promise.all(rows);
all.sort((a, b) => b[1] - a[1]);
console.log(route, all.reduce((t, [, n]) => t + n, 0));
for (const [u, n] of all.slice(0, 6)) console.log(String(n).padStart(8), u);
await browser.close();
}
await site.close();
console.log('widget', gzipSync(readFileSync('build/delaktighets-karta.js')).length);
