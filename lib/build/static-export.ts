import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Extensions of the static export's text files: served compressed, and stored pre-compressed. */
export const COMPRESSED_EXTENSIONS = ['.html', '.js', '.css', '.svg', '.xml', '.json', '.txt', '.md', '.map', '.webmanifest'] as const;

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
 * (gzip written by Zopfli, about 5% smaller than zlib's level 9 and read by
 * every gzip decoder) and file.br (Brotli 11), for nginx's gzip_static and
 * brotli_static. Returns the three sizes.
 */
export async function precompress(file: string): Promise<{ raw: number; gzip: number; brotli: number }> {
  const content = readFileSync(file);
  const gz = Buffer.from(await gzipAsync(content, { numiterations: 15 }));
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  return { raw: content.length, gzip: gz.length, brotli: br.length };
}
