/**
 * A bounded load test of both deployments, side by side, on loopback only:
 * `next start -H 127.0.0.1` (the Node.js target) and nginx serving out/
 * with deploy/nginx.conf (the static export). Each gets the same fixed
 * number of requests: the guide in two languages, a redirect and a 404,
 * as a browser asks for them (compressed), and what an attacker sends: the
 * redirect with an 8 KB Accept-Language (too long to be read) and with the
 * longest one still read (512 characters, 32 entries), and a form POST.
 *
 *   npm run build:static && npm run build && npm run bench
 *   npm run bench -- --requests 4000          requests per scenario (default 5000)
 *   npm run bench -- --warmup 1000            warm-up requests per scenario (default 4000)
 *   npm run bench -- --lighthouse             also Lighthouse (below), medians of 3 runs
 *   npm run bench -- --lighthouse --runs 5
 *
 * Prints requests/s, p50/p99 latency and errors per scenario, the ratio
 * next start / nginx, and the Node.js server's memory (RSS) before and after.
 * Exits 1 on any connection error, any 5xx or unexpected status, or if the
 * server's RSS grows by more than 20%; the figures themselves are not judged.
 *
 * With --lighthouse, Lighthouse then measures the guide in English, Arabic
 * and Chinese, mobile and desktop, on three targets side by side, its runs
 * interleaved: the static export (nginx), `next start`, and `next start`
 * behind nginx with TLS (deploy/nginx-node.conf, scripts/serve-proxied.sh).
 * Each median is printed with the machine's load average over its runs, and
 * the export's goals (mobile Performance 100, TBT under 50 ms, CLS 0, ahead
 * of next start on every metric) are checked and reported, not judged.
 *
 * Its servers listen on E2E_PORT_BASE + 510 to + 531 (scripts/lib/ports.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { waitFor } from './lib/next-server';
import { NODE_SERVER, TARGETS } from './lib/ports';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '5000' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '4000' },
    lighthouse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const REQUESTS = Number(values.requests);
const CONNECTIONS = Number(values.connections);
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);
const MAX_RSS_GROWTH = 0.2;
// Clear of the end-to-end tests' servers, which may be running.
const PORTS = { node: TARGETS.server + 510, nginx: TARGETS.server + 520 } as const;
const PROXIED_PORT = TARGETS.server + 530;

type Target = keyof typeof PORTS;
const TARGET_NAMES: Record<Target, string> = { node: 'next start', nginx: 'nginx + out/' };

/** The longest Accept-Language still read (i18n/negotiate.ts: 512 characters, 32 entries), no entry a language of the site: every one is checked. */
const LONGEST_READ = Array.from({ length: 32 }, (_, i) => `ja-Hant-JP;q=0.${String(999 - i).padStart(3, '0')}`).join(',').slice(0, 512);
/** An 8 KB header: more than the site reads. */
const HOSTILE = `${'de-DE;q=0.5,'.repeat(680)}es`;

type Scenario = { name: string; path: string; status: number; headers: Record<string, string>; method?: 'POST'; body?: string };
const SCENARIOS: readonly Scenario[] = [
  { name: 'guide (en)', path: '/en/docs/monitor/access-auth/', status: 200, headers: {} },
  { name: 'guide (es)', path: '/es/docs/monitor/access-auth/', status: 200, headers: {} },
  { name: 'redirect /', path: '/', status: 307, headers: { 'accept-language': 'es-MX,es;q=0.9' } },
  { name: '404', path: '/en/no-such-page/', status: 404, headers: {} },
  { name: '/ 512 B AL', path: '/', status: 307, headers: { 'accept-language': LONGEST_READ } },
  { name: '/ 8 KB AL', path: '/', status: 307, headers: { 'accept-language': HOSTILE } },
  { name: 'form POST', path: '/en/docs/monitor/access-auth/', status: 405, headers: { 'content-type': 'application/x-www-form-urlencoded' }, method: 'POST', body: 'a=1&b=2' },
];

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (!existsSync('.next/BUILD_ID') || existsSync('.next/export-detail.json') || !existsSync(NODE_SERVER.args[0])) {
  fail('No server build in .next/: run `npm run build:static && npm run build` first (in that order: both use .next/).');
}
if (!existsSync('out/_nginx/maps.conf')) fail('No static export in out/: run `npm run build:static` first.');

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill()));
process.on('SIGINT', () => process.exit(130));

function start(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  children.push(child);
  return child;
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  let total = 0;
  for (const p of tree) {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

type Row = { target: Target; scenario: string; rps: number; p50: number; p99: number; errors: number; unexpected: number; fiveXX: number };

async function load(target: Target, scenario: Scenario, amount: number): Promise<Row> {
  const started = performance.now();
  let last = started;
  const options = {
    url: `http://127.0.0.1:${PORTS[target]}${scenario.path}`,
    amount,
    connections: CONNECTIONS,
    headers: { 'accept-encoding': 'br, gzip', ...scenario.headers },
    ...(scenario.method ? { method: scenario.method, body: scenario.body } : {}),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    // autocannon ends on its one-second tick; the last response gives the real duration.
    instance.on('response', () => {
      last = performance.now();
    });
  });
  const counts = result.statusCodeStats ?? {};
  const expected = counts[`${scenario.status}`]?.count ?? 0;
  const answered = Object.values(counts).reduce((sum, c) => sum + (c.count ?? 0), 0);
  return {
    target,
    scenario: scenario.name,
    rps: result.requests.total / ((last - started) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    unexpected: answered - expected,
    fiveXX: result['5xx'],
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pad = (value: string | number, width: number) => String(value).padStart(width);

const node = start(NODE_SERVER.command, [...NODE_SERVER.args, '-H', '127.0.0.1', '-p', String(PORTS.node)]);
start('bash', ['scripts/serve-static.sh', String(PORTS.nginx)]);
await waitFor(`http://127.0.0.1:${PORTS.node}/en/docs/`);
await waitFor(`http://127.0.0.1:${PORTS.nginx}/en/docs/`);

// Warm up both before the first memory reading: the JIT, caches, the 404
// page read from disk, and V8's heap, which grows to a steady size over the
// first few thousand requests. Growth after that would be a leak.
for (const target of Object.keys(PORTS) as Target[]) for (const s of SCENARIOS) await load(target, s, WARMUP);
const rssBefore = treeRss(node.pid ?? 0);

const rows: Row[] = [];
for (const scenario of SCENARIOS) {
  for (const target of Object.keys(PORTS) as Target[]) rows.push(await load(target, scenario, REQUESTS));
}
const rssAfter = treeRss(node.pid ?? 0);

console.log(`\nLoad: ${REQUESTS} requests per scenario and target after ${WARMUP} to warm up, ${CONNECTIONS} connections, loopback, compressed.\n`);
console.log(`${'scenario'.padEnd(12)} ${'target'.padEnd(13)} ${pad('req/s', 9)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('errors', 7)} ${pad('5xx', 5)} ${pad('other', 6)}`);
for (const row of rows) {
  console.log(
    `${row.scenario.padEnd(12)} ${TARGET_NAMES[row.target].padEnd(13)} ${pad(row.rps.toFixed(0), 9)} ${pad(row.p50, 7)} ${pad(row.p99, 7)} ${pad(row.errors, 7)} ${pad(row.fiveXX, 5)} ${pad(row.unexpected, 6)}`,
  );
}
console.log('\nnext start / nginx (requests/s):');
for (const scenario of SCENARIOS) {
  const [n, x] = (['node', 'nginx'] as const).map((t) => rows.find((r) => r.scenario === scenario.name && r.target === t)?.rps ?? 0);
  console.log(`  ${scenario.name.padEnd(12)} ${((n ?? 0) / (x || 1)).toFixed(2)}`);
}
const growth = rssBefore ? (rssAfter - rssBefore) / rssBefore : 0;
console.log(
  `\nnext start RSS: ${mb(rssBefore)} before, ${mb(rssAfter)} after ${REQUESTS * SCENARIOS.length} requests (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%; limit +${MAX_RSS_GROWTH * 100}%)`,
);

const problems: string[] = [];
for (const row of rows) {
  if (row.errors) problems.push(`${row.scenario} on ${TARGET_NAMES[row.target]}: ${row.errors} connection errors or timeouts`);
  if (row.fiveXX) problems.push(`${row.scenario} on ${TARGET_NAMES[row.target]}: ${row.fiveXX} responses with a 5xx status`);
  if (row.unexpected) problems.push(`${row.scenario} on ${TARGET_NAMES[row.target]}: ${row.unexpected} responses with an unexpected status`);
}
if (growth > MAX_RSS_GROWTH) problems.push(`next start grew by ${(growth * 100).toFixed(1)}% (limit ${MAX_RSS_GROWTH * 100}%)`);

if (values.lighthouse) {
  const { lighthouseGoals, lighthouseTable, runLighthouse } = await import('./lib/lighthouse');
  start('bash', ['scripts/serve-proxied.sh', String(PROXIED_PORT), String(PORTS.node)]);
  await waitFor(`http://127.0.0.1:${PROXIED_PORT + 1}/en/docs/`, [301]);
  const targets = [
    { name: 'export (nginx)', origin: `http://127.0.0.1:${PORTS.nginx}` },
    { name: 'next start', origin: `http://127.0.0.1:${PORTS.node}` },
    { name: 'next start + TLS proxy', origin: `https://127.0.0.1:${PROXIED_PORT}` },
  ];
  const pages = ['en', 'ar', 'zh-Hans'].map((locale) => ({ name: locale, path: `/${locale}/docs/monitor/access-auth/` }));
  const results = await runLighthouse(targets, pages, RUNS);
  console.log(`\n${lighthouseTable(results, RUNS)}`);
  const misses = lighthouseGoals(results, 'export (nginx)', 'next start');
  console.log(misses.length ? `\nThe export's goals not met:\n  ${misses.join('\n  ')}` : '\nThe export meets its goals: mobile Performance 100, TBT < 50 ms, CLS 0, ahead of next start on every metric.');
}

if (problems.length) {
  console.error(`\nFAILED:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\nNo errors, no 5xx, no unexpected status on either target.');
process.exit(0);
