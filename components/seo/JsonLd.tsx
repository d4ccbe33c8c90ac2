/**
 * Structured data for search engines. A JSON-LD block is data, not a
 * script: browsers never execute it, so the Content-Security-Policy does not
 * apply to it. `<` is escaped so no text can close the element early.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
