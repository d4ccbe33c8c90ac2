import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions of the static export's text files: served compressed, and stored pre-compressed. */
export const COMPRESSED_EXTENSIONS = ['.html', '.js', '.css', '.svg', '.xml', '.json', '.txt', '.map', '.webmanifest'] as const;

/**
 * Inserts a tag right after <meta charset>, so the charset declaration stays
 * the first thing in <head>: browsers look for it in the first 1024 bytes.
 */
export function insertAfterCharset(html: string, tag: string): string {
  const charset = /<meta\s+charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('no <meta charset="utf-8">');
  const end = charset.index + charset[0].length;
  return `${html.slice(0, end)}${tag}${html.slice(end)}`;
}

/** Where <meta charset> starts in a page, in bytes (-1 if it has none). */
export function charsetOffset(html: string): number {
  const at = html.search(/<meta\s+charset=/i);
  return at < 0 ? -1 : Buffer.byteLength(html.slice(0, at), 'utf8');
}

/**
 * Stores a file pre-compressed next to itself, at the highest levels: file.gz
 * (gzip 9) and file.br (Brotli 11), for nginx's gzip_static and brotli_static.
 * Returns the three sizes.
 */
export function precompress(file: string): { raw: number; gzip: number; brotli: number } {
  const content = readFileSync(file);
  const gz = gzipSync(content, { level: 9 });
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  return { raw: content.length, gzip: gz.length, brotli: br.length };
}
