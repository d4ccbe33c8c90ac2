'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY, type ThemeChoice } from './theme-script';

type Props = { labels: { label: string; system: string; light: string; dark: string } };

const isChoice = (value: string): value is ThemeChoice => value === 'system' || value === 'light' || value === 'dark';

function apply(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

/** Light, dark or follow the system; remembered in localStorage. */
export function ThemeSelect({ labels }: Props) {
  const [choice, setChoice] = useState<ThemeChoice>('system');

  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(THEME_STORAGE_KEY);
    } catch {
      // Storage may be blocked; the system theme still applies.
    }
    // Read once after hydration: the server cannot know the stored choice.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored === 'light' || stored === 'dark') setChoice(stored);
  }, []);

  useEffect(() => {
    if (choice !== 'system') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => apply('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);

  function change(next: ThemeChoice) {
    setChoice(next);
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Not remembered, but applied for this page.
    }
    apply(next);
  }

  return (
    <label className="theme-select">
      <span className="sr-only">{labels.label}</span>
      <select value={choice} onChange={(e) => isChoice(e.target.value) && change(e.target.value)}>
        <option value="system">{labels.system}</option>
        <option value="light">{labels.light}</option>
        <option value="dark">{labels.dark}</option>
      </select>
    </label>
  );
}
