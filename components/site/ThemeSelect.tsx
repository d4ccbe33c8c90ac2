'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY, type ThemeChoice } from './theme-script';

type Props = { labels: { label: string; system: string; light: string; dark: string } };

const isChoice = (value: unknown): value is ThemeChoice => value === 'system' || value === 'light' || value === 'dark';

/** The stored choice is an external store: localStorage, changed here or in another tab. */
const CHANGE_EVENT = 'proxmenux-docs:theme';

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isChoice(stored) ? stored : 'system';
  } catch {
    // Storage may be blocked; the system theme still applies.
    return 'system';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function apply(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

function store(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered, but applied for this page.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Light, dark or follow the system; remembered in localStorage. The server, which cannot know the choice, renders "system". */
export function ThemeSelect({ labels }: Props) {
  const choice = useSyncExternalStore(subscribe, readChoice, () => 'system' as const);

  useEffect(() => {
    apply(choice);
    if (choice !== 'system') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => apply('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);

  return (
    <label className="theme-select">
      <span className="sr-only">{labels.label}</span>
      <select value={choice} onChange={(e) => isChoice(e.target.value) && store(e.target.value)}>
        <option value="system">{labels.system}</option>
        <option value="light">{labels.light}</option>
        <option value="dark">{labels.dark}</option>
      </select>
    </label>
  );
}
