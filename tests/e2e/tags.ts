/**
 * The tag of a test that checks what the browser makes of a page's document
 * (its text, layout, focus, accessibility): the same on both targets, since
 * tests/e2e/static/same-pages.spec.ts checks that they serve the same
 * documents and scripts. The static project leaves these tests out
 * (playwright.config.ts), and with them whole files of such tests
 * (DOCUMENT_SPECS there). `test(title, DOCUMENT, async ({ page }) => …)`.
 */
export const DOCUMENT = { tag: '@document' } as const;
