import type { ReactNode } from 'react';

type Props = { items: ReactNode[]; children?: (index: number) => ReactNode };

/** A bullet list of catalog messages; `children` can add content under an item. */
export function BulletList({ items, children }: Props) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>
          {item}
          {children?.(i)}
        </li>
      ))}
    </ul>
  );
}

/** A numbered list of steps. */
export function StepList({ items, children }: Props) {
  return (
    <ol>
      {items.map((item, i) => (
        <li key={i}>
          {item}
          {children?.(i)}
        </li>
      ))}
    </ol>
  );
}
