/**
 * Lighthouse on each target, mobile and desktop, several runs each (scores
 * move by a few points between runs on a small machine): medians of
 * Performance, LCP, TBT and CLS, side by side. Uses Debian's Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

type Scores = { performance: number; lcp: number; tbt: number; cls: number };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export async function runLighthouse(targets: { name: string; url: string }[], runs: number): Promise<void> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    console.log(`\nLighthouse (median of ${runs} runs; LCP and TBT in ms):`);
    console.log(`${'form'.padEnd(8)} ${'target'.padEnd(13)} ${'perf'.padStart(5)} ${'LCP'.padStart(7)} ${'TBT'.padStart(6)} ${'CLS'.padStart(6)}`);
    for (const form of ['mobile', 'desktop'] as const) {
      for (const target of targets) {
        const samples: Scores[] = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(target.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, form === 'desktop' ? desktopConfig : undefined);
          const lhr = result?.lhr;
          if (!lhr) throw new Error(`Lighthouse returned nothing for ${target.url}`);
          samples.push({
            performance: lhr.categories.performance?.score ?? 0,
            lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
            tbt: lhr.audits['total-blocking-time']?.numericValue ?? 0,
            cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
          });
        }
        const m = (key: keyof Scores) => median(samples.map((s) => s[key]));
        console.log(
          `${form.padEnd(8)} ${target.name.padEnd(13)} ${m('performance').toFixed(2).padStart(5)} ${m('lcp').toFixed(0).padStart(7)} ${m('tbt').toFixed(0).padStart(6)} ${m('cls').toFixed(3).padStart(6)}`,
        );
      }
    }
  } finally {
    await chrome.kill();
  }
}
