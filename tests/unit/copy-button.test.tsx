// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeCopy } from '@/components/doc/CodeCopy';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { renderServer } from './support/render';

const labels = {
  copy: 'Copy',
  copied: 'Copied',
  copiedAnnouncement: 'Code copied to the clipboard',
  failed: 'Copy failed',
  copyFailed: 'Copy failed: select the code and copy it by hand',
};

const snippet = `curl -s -X POST "$MONITOR/api/auth/login" \\\n  -d '{"username": "admin"}'`;

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function secureClipboard() {
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

/** The page as the browser gets it: the code block's static HTML, and CodeCopy once. */
async function page(code = snippet) {
  const block = document.createElement('div');
  block.innerHTML = await renderServer(<CopyableCode code={code} lang="bash" />);
  document.body.append(block);
  render(<CodeCopy labels={labels} />);
  return screen.getByRole('button', { name: 'Copy code to the clipboard' });
}

describe('copy buttons', () => {
  it('copy the exact snippet shown and confirm it on screen and to screen readers', async () => {
    const writeText = secureClipboard();
    const button = await page();
    expect(screen.getByRole('status').textContent).toBe('');

    await act(async () => fireEvent.click(button));

    expect(writeText).toHaveBeenCalledExactlyOnceWith(snippet);
    expect(button.textContent).toBe('Copied');
    expect(button.getAttribute('data-state')).toBe('copied');
    expect(screen.getByRole('status').textContent).toBe('Code copied to the clipboard');
  });

  it('return to their resting state after a moment', async () => {
    secureClipboard();
    const button = await page();
    vi.useFakeTimers();
    await act(async () => fireEvent.click(button));
    expect(button.textContent).toBe('Copied');
    act(() => vi.advanceTimersByTime(2600));
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
    await act(async () => fireEvent.click(button));
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

    await act(async () => fireEvent.click(button));

    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe(snippet);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('data-state')).toBe('copied');
  });

  it('each copy their own block', async () => {
    const writeText = secureClipboard();
    await page('echo one');
    const second = document.createElement('div');
    second.innerHTML = await renderServer(<CopyableCode code="echo two" lang="bash" />);
    document.body.append(second);
    const buttons = screen.getAllByRole('button', { name: 'Copy code to the clipboard' });
    await act(async () => fireEvent.click(buttons[1] as HTMLElement));
    expect(writeText).toHaveBeenCalledExactlyOnceWith('echo two');
    expect(buttons[0]?.getAttribute('data-state')).toBeNull();
  });
});
