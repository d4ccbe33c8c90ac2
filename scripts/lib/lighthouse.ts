/**
 * Lighthouse (performance only), mobile and desktop, on several targets and
 * pages, side by side: the runs are interleaved (run 1 of every form, page
 * and target, then run 2, …), so a machine that gets busier or quieter
 * during the bench affects every target alike. Scores move by a few points
 * between runs on a small machine, so medians are reported, each with the
 * machine's load average (1 minute, os.loadavg) over its runs. Uses
 * Debian's full Chromium in its new headless mode, as Lighthouse expects
 * (LIGHTHOUSE_CHROMIUM, default /usr/bin/chromium; `apt-get install
 * chromium`), not the headless shell the end-to-end tests run in.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

export type LighthouseTarget = { name: string; origin: string };
export type LighthousePage = { name: string; path: string };

const METRICS = {
  performance: { label: 'perf', audit: null, better: 'higher', format: (v: number) => (v * 100).toFixed(0) },
  fcp: { label: 'FCP', audit: 'first-contentful-paint', better: 'lower', format: (v: number) => v.toFixed(0) },
  lcp: { label: 'LCP', audit: 'largest-contentful-paint', better: 'lower', format: (v: number) => v.toFixed(0) },
  tbt: { label: 'TBT', audit: 'total-blocking-time', better: 'lower', format: (v: number) => v.toFixed(0) },
  cls: { label: 'CLS', audit: 'cumulative-layout-shift', better: 'lower', format: (v: number) => v.toFixed(3) },
  si: { label: 'SI', audit: 'speed-index', better: 'lower', format: (v: number) => v.toFixed(0) },
  bytes: { label: 'KB', audit: 'total-byte-weight', better: 'lower', format: (v: number) => (v / 1024).toFixed(0) },
} as const;
type Metric = keyof typeof METRICS;
type Sample = Record<Metric, number> & { load: number };
const FORMS = ['mobile', 'desktop'] as const;
type Form = (typeof FORMS)[number];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export type LighthouseResult = { form: Form; page: string; target: string; median: Record<Metric, number>; load: [number, number] };

/**
 * One Lighthouse run. A run whose trace could not be recorded (Lighthouse
 * says so with a runtime error such as NO_NAVSTART, and asks to be run
 * again) is run again, up to twice, and reported on stderr; a third
 * failure stops the bench.
 */
async function measure(port: number, url: string, form: Form) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, form === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (!lhr.runtimeError) return lhr;
    const { code, message } = lhr.runtimeError;
    const problem = `Lighthouse: ${url} (${form}): ${message.includes(code) ? message : `${message} (${code})`}`;
    if (attempt === 3) throw new Error(`${problem}, three times`);
    process.stderr.write(`\n${problem}; running it again\n`);
  }
}

export async function runLighthouse(targets: LighthouseTarget[], pages: LighthousePage[], runs: number): Promise<LighthouseResult[]> {
  const chromePath = process.env.LIGHTHOUSE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) {
    throw new Error(`Lighthouse needs Chromium at ${chromePath}: install Debian's package (apt-get install chromium) or set LIGHTHOUSE_CHROMIUM.`);
  }
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The TLS proxy runs with a certificate made for the bench.
      '--ignore-certificate-errors',
    ],
  });
  const samples = new Map<string, Sample[]>();
  const key = (form: Form, page: string, target: string) => `${form}\t${page}\t${target}`;
  const total = runs * FORMS.length * pages.length * targets.length;
  let done = 0;
  try {
    for (let run = 0; run < runs; run++) {
      for (const form of FORMS) {
        for (const page of pages) {
          for (const target of targets) {
            const url = `${target.origin}${page.path}`;
            const load = loadavg()[0] ?? 0;
            const lhr = await measure(chrome.port, url, form);
            const sample = { load } as Sample;
            for (const [metric, { audit }] of Object.entries(METRICS) as [Metric, (typeof METRICS)[Metric]][]) {
              sample[metric] = audit ? (lhr.audits[audit]?.numericValue ?? Number.NaN) : (lhr.categories.performance?.score ?? Number.NaN);
            }
            const k = key(form, page.name, target.name);
            samples.set(k, [...(samples.get(k) ?? []), sample]);
            done++;
            process.stderr.write(`\rLighthouse: ${done}/${total} runs`);
          }
        }
      }
    }
  } finally {
    process.stderr.write('\n');
    await chrome.kill();
  }

  const results: LighthouseResult[] = [];
  for (const form of FORMS) {
    for (const page of pages) {
      for (const target of targets) {
        const list = samples.get(key(form, page.name, target.name)) ?? [];
        const loads = list.map((s) => s.load);
        results.push({
          form,
          page: page.name,
          target: target.name,
          median: Object.fromEntries((Object.keys(METRICS) as Metric[]).map((m) => [m, median(list.map((s) => s[m]))])) as Record<Metric, number>,
          load: [Math.min(...loads), Math.max(...loads)],
        });
      }
    }
  }
  return results;
}

/** The results as a table (medians; times in ms, transfer in KB; the load average over each row's runs). */
export function lighthouseTable(results: LighthouseResult[], runs: number): string {
  const metrics = Object.keys(METRICS) as Metric[];
  const targetWidth = Math.max(6, ...results.map((r) => r.target.length));
  const head = `${'form'.padEnd(8)} ${'page'.padEnd(8)} ${'target'.padEnd(targetWidth)} ${metrics.map((m) => METRICS[m].label.padStart(6)).join(' ')}  load (1 min)`;
  const lines = [`Lighthouse, median of ${runs} interleaved runs (FCP, LCP, TBT, SI in ms; transfer in KB):`, head];
  for (const r of results) {
    lines.push(
      `${r.form.padEnd(8)} ${r.page.padEnd(8)} ${r.target.padEnd(targetWidth)} ${metrics.map((m) => METRICS[m].format(r.median[m]).padStart(6)).join(' ')}  ${r.load[0].toFixed(1)}–${r.load[1].toFixed(1)}`,
    );
  }
  return lines.join('\n');
}

/**
 * The goals for the static export: mobile Performance 100, TBT under 50 ms,
 * CLS 0, and ahead of (or level with) `next start` on every metric, in each
 * form and page. Returns what falls short (reported, not judged: the bench
 * measures, CI does not run it).
 */
export function lighthouseGoals(results: LighthouseResult[], exportName: string, nodeName: string): string[] {
  const misses: string[] = [];
  for (const r of results.filter((x) => x.target === exportName)) {
    const where = `${r.form} ${r.page}`;
    if (r.form === 'mobile' && r.median.performance < 1) misses.push(`${where}: Performance ${(r.median.performance * 100).toFixed(0)} (goal 100)`);
    if (r.median.tbt >= 50) misses.push(`${where}: TBT ${r.median.tbt.toFixed(0)} ms (goal < 50)`);
    if (r.median.cls > 0) misses.push(`${where}: CLS ${r.median.cls.toFixed(3)} (goal 0)`);
    const node = results.find((x) => x.target === nodeName && x.form === r.form && x.page === r.page);
    if (!node) continue;
    for (const metric of Object.keys(METRICS) as Metric[]) {
      const { better, label } = METRICS[metric];
      const behind = better === 'higher' ? r.median[metric] < node.median[metric] : r.median[metric] > node.median[metric];
      if (behind) misses.push(`${where}: ${label} ${METRICS[metric].format(r.median[metric])} behind ${nodeName}'s ${METRICS[metric].format(node.median[metric])}`);
    }
  }
  return misses;
}
