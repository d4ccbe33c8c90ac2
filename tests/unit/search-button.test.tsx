// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SearchButton } from '@/components/site/SearchButton';
import type { SearchLabels } from '@/components/site/SearchDialog';
import { renderServer, toDocument } from './support/render';

const labels: SearchLabels = {
  open: 'Search',
  openLabel: 'search the documentation',
  title: 'Search the documentation',
  placeholder: 'Search…',
  close: 'Close',
  loading: 'Loading…',
  unavailable: 'Search is unavailable',
  hint: 'Type to search',
  searching: 'Searching…',
  noResults: 'No results for “{query}”.',
  results: '{count, plural, one {# result} other {# results}}',
};

afterEach(cleanup);

// jsdom has <dialog> but not its modal API.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

describe('SearchButton', () => {
  it('does not advertise its shortcuts in the server HTML, where they cannot work yet', async () => {
    const doc = toDocument(await renderServer(<SearchButton locale="en" labels={labels} />));
    const button = doc.querySelector('button.search-button');
    expect(button).not.toBeNull();
    expect(button?.hasAttribute('aria-keyshortcuts')).toBe(false);
    expect(doc.querySelector('kbd')?.hasAttribute('data-live')).toBe(false);
  });

  it('advertises the shortcuts once mounted, and `/` then opens the dialog', async () => {
    render(<SearchButton locale="en" labels={labels} />);
    const button = screen.getByRole('button', { name: /Search/ });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
    expect(button.querySelector('kbd')?.hasAttribute('data-live')).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();

    await act(async () => fireEvent.keyDown(window, { key: '/' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });

  it('opens with Ctrl+K but leaves `/` alone while the reader is typing', async () => {
    render(
      <>
        <input aria-label="elsewhere" />
        <SearchButton locale="en" labels={labels} />
      </>,
    );
    await act(async () => fireEvent.keyDown(screen.getByLabelText('elsewhere'), { key: '/' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await act(async () => fireEvent.keyDown(window, { key: 'k', ctrlKey: true }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });
});
