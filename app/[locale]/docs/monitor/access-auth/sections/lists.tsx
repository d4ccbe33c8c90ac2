import type { ReactNode } from 'react';

type Props = { items: ReactNode[]; children?: (index: number) => ReactNode };

function MessageList({ items, children, ordered }: Props & { ordered: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List>
      {items.map((item, i) => (
        <li key={i}>
          {item}
          {children?.(i)}
        </li>
      ))}
    </List>
  );
}

/** A bullet list of catalog messages; `children` can add content under an item. */
export function BulletList(props: Props) {
  return <MessageList {...props} ordered={false} />;
}

/** A numbered list of steps; `children` can add content under a step. */
export function StepList(props: Props) {
  return <MessageList {...props} ordered />;
}
