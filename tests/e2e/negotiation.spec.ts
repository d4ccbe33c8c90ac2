import { NEGOTIATION_CASES, NODE_ONLY_CASES, cookieHeader, type NegotiationCase } from '../shared/negotiation';
import { expect, test } from './fixtures';
import { header, rawRequest } from './raw-http';

/**
 * The shared decision table, against every deployment: the Node proxy
 * (directly and behind nginx) and the static export's nginx must send each
 * reader to the same language.
 */
function requestHeaders(c: NegotiationCase): Record<string, string> {
  const headers: Record<string, string> = {};
  if (c.acceptLanguage !== undefined) headers['Accept-Language'] = c.acceptLanguage;
  const cookie = cookieHeader(c);
  if (cookie !== undefined) headers.Cookie = cookie;
  return headers;
}

for (const c of NEGOTIATION_CASES) {
  test(`/ → ${c.expected}: ${c.name}`, async ({ baseURL }) => {
    const response = await rawRequest(baseURL ?? '', '/', requestHeaders(c));
    expect(response.status).toBe(307);
    // Relative, so it stays right behind any proxy or CDN.
    expect(header(response, 'location')).toBe(`/${c.expected}/docs/`);
  });
}

test('an unprefixed page keeps its path and query in the chosen language', async ({ baseURL }) => {
  const response = await rawRequest(baseURL ?? '', '/docs/monitor/access-auth/?from=forum', { 'Accept-Language': 'es-MX,es;q=0.9' });
  expect(response.status).toBe(307);
  expect(header(response, 'location')).toBe('/es/docs/monitor/access-auth/?from=forum');
});

// nginx reads Accept-Language in the order it is written: it cannot sort by
// q-values. These cases are decided by the Node proxy only (README,
// "Language negotiation"); the static export gives the first listed
// language, as documented.
for (const c of NODE_ONLY_CASES) {
  test(`/ → ${c.expected} on Node.js, first listed on nginx: ${c.name}`, async ({ baseURL }, testInfo) => {
    const response = await rawRequest(baseURL ?? '', '/', requestHeaders(c));
    const expected = testInfo.project.name === 'static' ? c.nginx : c.expected;
    expect(header(response, 'location')).toBe(`/${expected}/docs/`);
  });
}
