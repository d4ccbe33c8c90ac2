// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '@/components/doc/CopyButton';

const labels = {
  copy: 'Copy',
  copyLabel: 'Copy code to the clipboard',
  copied: 'Copied',
  copiedAnnouncement: 'Code copied to the clipboard',
  failed: 'Copy failed',
  copyFailed: 'Copy failed: select the code and copy it by hand',
};

const snippet = `curl -s -X POST "$MONITOR/api/auth/login" \\\n  -d '{"username": "admin"}'`;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function secureClipboard() {
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('CopyButton', () => {
  it('copies the exact snippet and confirms on screen and to screen readers', async () => {
    const writeText = secureClipboard();
    render(<CopyButton code={snippet} labels={labels} />);
    const button = screen.getByRole('button', { name: labels.copyLabel });
    expect(screen.getByRole('status').textContent).toBe('');

    await act(async () => fireEvent.click(button));

    expect(writeText).toHaveBeenCalledExactlyOnceWith(snippet);
    expect(button.textContent).toBe('Copied');
    expect(button.getAttribute('data-state')).toBe('copied');
    expect(screen.getByRole('status').textContent).toBe(labels.copiedAnnouncement);
  });

  it('returns to its idle state after a moment', async () => {
    vi.useFakeTimers();
    secureClipboard();
    render(<CopyButton code="ls" labels={labels} />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(screen.getByRole('button').textContent).toBe('Copied');
    await act(async () => vi.advanceTimersByTime(3000));
    expect(screen.getByRole('button').textContent).toBe('Copy');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('falls back to the copy command where the async clipboard is unavailable', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    let copied = '';
    const execCommand = vi.fn((command: string) => {
      copied = (document.activeElement as HTMLTextAreaElement).value;
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });

    render(<CopyButton code={snippet} labels={labels} />);
    screen.getByRole('button').focus();
    await act(async () => fireEvent.click(screen.getByRole('button')));

    expect(document.activeElement).toBe(screen.getByRole('button'));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe(snippet);
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(labels.copiedAnnouncement);
  });

  it('says so when copying fails', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    render(<CopyButton code="ls" labels={labels} />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(screen.getByRole('button').textContent).toBe('Copy failed');
    expect(screen.getByRole('status').textContent).toBe(labels.copyFailed);
  });
});
