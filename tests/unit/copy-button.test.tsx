// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { renderServer } from './support/render';

const snippet = `curl -s -X POST "$MONITOR/api/auth/login" \\\n  -d '{"username": "admin"}'`;

beforeAll(async () => {
  // The browser script: defines <copy-button>, which upgrades the server's markup.
  await import('@/enhancements/copy-button');
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function secureClipboard() {
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

/** The page as the browser gets it: the code block's server HTML, upgraded by the element's script. */
async function page(code = snippet) {
  const block = document.createElement('div');
  block.innerHTML = await renderServer(<CopyableCode code={code} lang="bash" />);
  document.body.append(block);
  return screen.getAllByRole('button', { name: 'Copy code to the clipboard' }).at(-1) as HTMLButtonElement;
}

/** Clicks, and waits until the button shows the outcome. */
async function click(button: HTMLElement) {
  fireEvent.click(button);
  await vi.waitFor(() => expect(button.getAttribute('data-state')).toMatch(/^(copied|failed)$/));
}

describe('copy buttons', () => {
  it('take their texts from the page when their block leaves them to it', async () => {
    secureClipboard();
    const article = document.createElement('article');
    article.setAttribute('data-label-copied', 'Copied!');
    article.setAttribute('data-status-copied', 'Done: the code is on the clipboard');
    article.innerHTML = await renderServer(<CopyableCode code="ls" lang="bash" textsFromPage />);
    document.body.append(article);
    expect(article.querySelector('copy-button')?.hasAttribute('data-label-copied')).toBe(false);
    const button = screen.getByRole('button', { name: 'Copy code to the clipboard' });
    await click(button);
    expect(button.textContent).toBe('Copied!');
    expect(screen.getByRole('status').textContent).toBe('Done: the code is on the clipboard');
  });

  it('copy the exact snippet shown and confirm it on screen and to screen readers', async () => {
    const writeText = secureClipboard();
    const button = await page();
    expect(screen.getByRole('status').textContent).toBe('');

    await click(button);

    expect(writeText).toHaveBeenCalledExactlyOnceWith(snippet);
    expect(button.textContent).toBe('Copied');
    expect(button.getAttribute('data-state')).toBe('copied');
    expect(screen.getByRole('status').textContent).toBe('Code copied to the clipboard');
  });

  it('return to their resting state after a moment', async () => {
    secureClipboard();
    const button = await page();
    vi.useFakeTimers();
    await click(button);
    expect(button.textContent).toBe('Copied');
    vi.advanceTimersByTime(2600);
    expect(button.textContent).toBe('Copy');
    expect(button.getAttribute('data-state')).toBe('idle');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('say so when copying fails', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    const button = await page();
    await click(button);
    expect(button.getAttribute('data-state')).toBe('failed');
    expect(button.textContent).toBe('Copy failed');
    expect(screen.getByRole('status').textContent).toBe('Copy failed: select the code and copy it by hand');
  });

  it('fall back to a hidden selection on plain http, and keep keyboard focus on the button', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    let copied = '';
    const execCommand = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement).value;
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const button = await page();
    button.focus();

    await click(button);

    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe(snippet);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('data-state')).toBe('copied');
  });

  it('each copy their own block', async () => {
    const writeText = secureClipboard();
    await page('echo one');
    await page('echo two');
    const buttons = screen.getAllByRole('button', { name: 'Copy code to the clipboard' });
    await click(buttons[1] as HTMLElement);
    expect(writeText).toHaveBeenCalledExactlyOnceWith('echo two');
    expect(buttons[0]?.getAttribute('data-state')).toBeNull();
  });

  it('carry their texts in the page’s language', async () => {
    const { setRequestLocale } = await import('next-intl/server');
    setRequestLocale('ru');
    try {
      const html = await renderServer(<CopyableCode code="ls" lang="bash" />);
      document.body.innerHTML = html;
      const element = document.querySelector('copy-button');
      expect(element?.getAttribute('data-label-copied')).toBe('Скопировано');
      expect(element?.getAttribute('data-status-failed')).toBe('Не удалось скопировать: выделите код и скопируйте его вручную');
    } finally {
      setRequestLocale('en');
    }
  });
});
