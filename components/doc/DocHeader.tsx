import type { ReactNode } from 'react';

type Props = {
  title: ReactNode;
  description: ReactNode;
  /** The documentation section the page belongs to, shown as a badge. */
  section?: ReactNode;
  /** Already localized, e.g. "15 min read". */
  readingTime: ReactNode;
  /** Already localized, e.g. "Checked against ProxMenux Monitor 1.2.4": the release the page describes. */
  version?: ReactNode;
  /** Links under the title (components/doc/PageActions.tsx). */
  actions?: ReactNode;
};

export function DocHeader({ title, description, section, readingTime, version, actions }: Props) {
  return (
    <header className="doc-header not-prose">
      {section ? <p className="doc-header__badge">{section}</p> : null}
      <h1 className="doc-header__title">{title}</h1>
      {actions}
      <p className="doc-header__description">{description}</p>
      <p className="doc-header__meta">
        <span>{readingTime}</span>
      </p>
      {version ? <p className="doc-header__version">{version}</p> : null}
    </header>
  );
}
