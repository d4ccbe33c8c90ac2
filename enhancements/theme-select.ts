import { define, whenParsed } from './dom';
import { THEME_STORAGE_KEY, type ThemeChoice } from './elements';

const isChoice = (value: unknown): value is ThemeChoice => value === 'system' || value === 'light' || value === 'dark';
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

function storedChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isChoice(stored) ? stored : 'system';
  } catch {
    // Storage may be blocked; the system's theme still applies.
    return 'system';
  }
}

function store(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered, but applied to this page.
  }
}

function apply(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && systemDark().matches);
  // One of the two classes, always: the stylesheet follows the system only when neither is set (no JavaScript).
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.classList.toggle('light', !dark);
}

/**
 * <theme-select> around the header's theme <select>: light, dark or the
 * system's, remembered in localStorage. The first paint already has the
 * remembered theme (components/site/theme-script.ts runs in <head>); this
 * shows the choice, changes it, and follows the system and other tabs.
 */
class ThemeSelect extends HTMLElement {
  #select: HTMLSelectElement | null = null;
  #system = systemDark();

  connectedCallback() {
    whenParsed(() => {
      this.#select = this.querySelector('select');
      if (!this.#select) return;
      this.#select.value = storedChoice();
      this.#select.addEventListener('change', this.#onChange);
      window.addEventListener('storage', this.#onStorage);
      this.#system.addEventListener('change', this.#onSystem);
    });
  }

  disconnectedCallback() {
    this.#select?.removeEventListener('change', this.#onChange);
    window.removeEventListener('storage', this.#onStorage);
    this.#system.removeEventListener('change', this.#onSystem);
  }

  #onChange = () => {
    const choice = this.#select?.value;
    if (!isChoice(choice)) return;
    store(choice);
    apply(choice);
  };

  /** Another tab changed the choice. */
  #onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== THEME_STORAGE_KEY) return;
    const choice = storedChoice();
    if (this.#select) this.#select.value = choice;
    apply(choice);
  };

  #onSystem = () => {
    if (storedChoice() === 'system') apply('system');
  };
}

define('theme-select', ThemeSelect);
