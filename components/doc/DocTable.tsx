import type { ReactNode } from 'react';

type Props = {
  /** Names the scrollable region and the table (usually the nearest heading). */
  label: string;
  headers: ReactNode[];
  rows: ReactNode[][];
  /** The first cell of each row labels it (a row header). */
  rowHeaders?: boolean;
};

/** A data table that scrolls sideways inside its own focusable region on narrow screens. */
export function DocTable({ label, headers, rows, rowHeaders = true }: Props) {
  return (
    <div className="doc-table not-prose" role="region" aria-label={label} tabIndex={0}>
      <table>
        <thead>
          <tr>
            {headers.map((header, i) => (
              <th key={i} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell, c) =>
                c === 0 && rowHeaders ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
