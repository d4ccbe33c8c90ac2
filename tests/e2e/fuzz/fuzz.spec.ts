import { createHash } from 'node:crypto';
import { connect as tcp } from 'node:net';
import { connect as tls } from 'node:tls';
import { expect, test } from '@playwright/test';
import { CACHE_CONTROL } from '../../../lib/security-headers';
import { header, rawRequest, type RawResponse } from '../raw-http';
import { corpus, type FuzzRequest } from './corpus';
import { startServers, type FuzzTarget, type Servers } from './servers';

/**
 * The same generated corpus (tests/e2e/fuzz/corpus.ts) against the three
 * deployments: `next start` on loopback, the same behind
 * deploy/nginx-node.conf with TLS, the static export behind
 * deploy/nginx.conf. Every answer must pass the checks below; where the
 * deployments are meant to agree, they must agree; and no server may log a
 * stack trace. Seeded and bounded: the same requests on every run.
 */
const SEED = 20261204;
const SIZE = 260;
const TARGETS: FuzzTarget[] = ['server', 'proxied', 'static'];
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];
/** Request headers a response may depend on, and so must name in Vary if it can be stored. */
const OPTIONAL_HEADERS = ['accept-language', 'cookie', 'rsc', 'next-router-prefetch', 'next-router-state-tree', 'range', 'if-none-match', 'if-match', 'if-unmodified-since', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for', 'x-middleware-subrequest'];
/** What Cache-Control may say, and which of those a cache may store. */
const STORABLE = new Set<string>([CACHE_CONTROL.page, CACHE_CONTROL.redirect, CACHE_CONTROL.image, CACHE_CONTROL.immutable]);
const NOT_STORABLE = new Set<string>([CACHE_CONTROL.notFound, CACHE_CONTROL.negotiated, CACHE_CONTROL.refused]);

test.describe.configure({ mode: 'serial' });

let servers: Servers;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  servers = await startServers();
});
test.afterAll(() => servers?.stop());

/** Runs tasks with at most `limit` at a time, in order of the results. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i] as T);
      }
    }),
  );
  return results;
}

const send = (target: FuzzTarget, r: Pick<FuzzRequest, 'method' | 'target' | 'headers' | 'body'>) => rawRequest(servers.base[target], r.target, r.headers, r.method, r.body);

/** The language a response is in: its Content-Language, or its page's <html lang>. */
function language(response: RawResponse): string | undefined {
  return header(response, 'content-language') ?? /<html[^>]*\slang="([^"]+)"/.exec(response.text)?.[1];
}

/** Where a redirect leads on the site, or undefined if it leads anywhere else. */
function onSite(location: string): string | undefined {
  return /^\/(?![/\\])/.test(location) ? location : undefined;
}

/** A redirect (a 304 is not one: it stands for the answer the client has). */
const isRedirect = (status: number) => status >= 300 && status < 400 && status !== 304;

type Outcome = { status: number; language?: string; hops: string[] };

/** Follows a request's redirects on the site, as a browser would (GET, same headers), to the answer a reader ends up with. */
async function outcome(target: FuzzTarget, r: FuzzRequest, first: RawResponse, check: (response: RawResponse, what: string) => void): Promise<Outcome> {
  let response = first;
  const hops: string[] = [];
  while (isRedirect(response.status) && hops.length < 4) {
    const next = onSite(header(response, 'location') ?? '');
    if (!next) break;
    hops.push(next);
    const headers = Object.fromEntries(Object.entries(r.headers).filter(([k]) => !/^(content-|transfer-encoding)/i.test(k)));
    response = await send(target, { method: 'GET', target: next, headers, body: '' });
    check(response, `${r.id} → ${next}`);
  }
  // A 304 is the same answer as the 200 it stands for.
  const status = response.status === 304 ? 200 : response.status;
  const html = /text\/html/.test(header(response, 'content-type') ?? '');
  return { status, hops, ...(html && [200, 404].includes(status) ? { language: language(response) } : {}) };
}

test('every deployment answers the corpus safely, and alike where it should', async () => {
  test.setTimeout(240_000);
  const requests = corpus(SEED, SIZE);
  const problems: string[] = [];
  const baselines = new Map<string, Promise<RawResponse>>();

  /** Checks every answer must pass, on every deployment. */
  const check = (target: FuzzTarget) => (response: RawResponse, what: string) => {
    const say = (problem: string) => problems.push(`${target} ${what}: ${problem} (status ${response.status})`);
    if (response.status >= 500 || !response.status) say('a server error');
    for (const name of SECURITY_HEADERS) {
      const values = response.headers.get(name) ?? [];
      if (values.length !== 1) say(`${name} sent ${values.length} times`);
    }
    if (target === 'proxied' && (response.headers.get('strict-transport-security') ?? []).length !== 1) say('HSTS missing or doubled');
    const cache = response.headers.get('cache-control') ?? [];
    if (cache.length !== 1) say(`Cache-Control sent ${cache.length} times`);
    const value = cache[0] ?? '';
    if (!STORABLE.has(value) && !NOT_STORABLE.has(value)) say(`an unexpected Cache-Control: ${value}`);
    if (STORABLE.has(value) && ![200, 301, 304, 308].includes(response.status)) say(`a ${response.status} that caches may keep (${value})`);
    if (isRedirect(response.status) && !onSite(header(response, 'location') ?? '')) say(`a redirect off the site: ${header(response, 'location')}`);
    if (response.status === 405 && header(response, 'allow') !== 'GET, HEAD') say(`405 with Allow: ${header(response, 'allow')}`);
    const stated = header(response, 'content-language');
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(response.text)?.[1];
    if (stated && lang && stated !== lang) say(`Content-Language ${stated} on a page in ${lang}`);
  };

  /** A storable answer must be the same without the optional headers, or name them in Vary. */
  const checkVary = async (target: FuzzTarget, r: FuzzRequest, response: RawResponse) => {
    const sent = Object.keys(r.headers).map((h) => h.toLowerCase()).filter((h) => OPTIONAL_HEADERS.includes(h));
    const value = header(response, 'cache-control') ?? '';
    if (!STORABLE.has(value) || !sent.length || r.method !== 'GET' || response.status === 304) return;
    const key = `${target} ${r.target}`;
    if (!baselines.has(key)) baselines.set(key, send(target, { method: 'GET', target: r.target, headers: {}, body: '' }));
    const plain = await (baselines.get(key) as Promise<RawResponse>);
    const digest = (x: RawResponse) => `${x.status} ${header(x, 'location')} ${createHash('sha256').update(x.body).digest('hex')}`;
    if (digest(plain) === digest(response)) return;
    const vary = (header(response, 'vary') ?? '').toLowerCase();
    const unnamed = sent.filter((h) => !vary.includes(h));
    if (unnamed.length) problems.push(`${target} ${r.id} ${r.method} ${r.target}: a storable ${response.status} that differs from the plain request, with ${unnamed.join(', ')} not in Vary (${vary})`);
  };

  const outcomes = await pool(requests, 6, async (r) => {
    const results: Partial<Record<FuzzTarget, Outcome>> = {};
    for (const target of TARGETS) {
      const what = `${r.id} ${r.method} ${r.target.slice(0, 80)} ${JSON.stringify(r.headers).slice(0, 160)}`;
      const response = await send(target, r);
      check(target)(response, what);
      await checkVary(target, r, response);
      results[target] = await outcome(target, r, response, check(target));
    }
    return { r, results };
  });

  for (const { r, results } of outcomes) {
    if (r.differs && !(r.differs === 'rejected-line' && ['GET', 'HEAD'].includes(r.method) && !r.body)) continue;
    const [first, ...others] = TARGETS.map((t) => [t, results[t]] as const);
    if (!first) continue;
    for (const [target, result] of others) {
      const what = `${r.id} ${r.method} ${r.target.slice(0, 80)} ${JSON.stringify(r.headers).slice(0, 160)}`;
      if (result?.status !== first[1]?.status) problems.push(`${what}: ${first[0]} ends at ${first[1]?.status} (${first[1]?.hops.join(' → ')}), ${target} at ${result?.status} (${result?.hops.join(' → ')})`);
      else if (r.differs !== 'rejected-line' && result?.language !== first[1]?.language) problems.push(`${what}: ${first[0]} answers in ${first[1]?.language}, ${target} in ${result?.language}`);
    }
  }
  expect(problems).toEqual([]);
});

/** Sends the start of a request with a large body, then hangs up. */
function abortBody(base: string, method: string, path: string): Promise<void> {
  const url = new URL(base);
  const head = `${method} ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\na=1&b=2`;
  return new Promise((resolve) => {
    const port = Number(url.port);
    const socket = url.protocol === 'https:' ? tls({ host: url.hostname, port, rejectUnauthorized: false, servername: 'localhost' }) : tcp({ host: url.hostname, port });
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    // Once the headers and part of the body are on their way: hang up.
    socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => socket.write(head, () => socket.destroy()));
  });
}

test('request bodies a client abandons are not errors', async () => {
  for (const target of TARGETS) {
    for (const [method, path] of [['POST', '/en/docs/'], ['PUT', '/_next/static/x.js'], ['GET', '/es/nope/']] as const) {
      await abortBody(servers.base[target], method, path);
    }
    // The server still answers, and the next request is a plain 200.
    expect((await rawRequest(servers.base[target], '/en/docs/')).status).toBe(200);
  }
});

test('no server logged a stack trace or an error', () => {
  // Node.js: a stack frame or an error line; nginx: anything above [error]
  // ([error] lines are the files it did not find, the 404s above).
  expect(servers.log('server')).not.toMatch(/^\s+at |Error|⨯/m);
  for (const target of ['proxied', 'static'] as const) expect(servers.log(target)).not.toMatch(/\[(crit|alert|emerg)\]/);
});

test('with the site down, nginx answers 502 with the site’s headers, never cached', async () => {
  servers.stop('server');
  await expect.poll(async () => (await rawRequest(servers.base.proxied, '/en/docs/')).status).toBe(502);
  const response = await rawRequest(servers.base.proxied, '/en/docs/');
  for (const name of [...SECURITY_HEADERS, 'strict-transport-security']) expect(response.headers.get(name), name).toHaveLength(1);
  expect(header(response, 'cache-control')).toBe('no-store');
});
