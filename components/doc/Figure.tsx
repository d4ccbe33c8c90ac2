import type { ReactNode } from 'react';

type Props = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: ReactNode;
};

/**
 * An illustration with its caption; the image's size is known so nothing
 * shifts. The image links to itself: on a phone a screenshot's text is too
 * small to read in the column, and the file opens at full size.
 */
export function Figure({ src, width, height, alt, caption }: Props) {
  return (
    <figure className="doc-figure not-prose">
      <a href={src} className="doc-figure__full">
        {/* Static SVG illustrations: next/image would add nothing but a client loader. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={src} width={width} height={height} alt={alt} loading="lazy" decoding="async" />
      </a>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
