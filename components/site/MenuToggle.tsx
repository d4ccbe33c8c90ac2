import { EnhancementScript } from './Enhancement';

/**
 * On narrow screens, folds the header's controls and the documentation's
 * navigation into a menu behind this button (enhancements/menu-toggle.ts).
 * Without JavaScript the button is hidden and they are simply shown (the
 * `js` class is never set).
 */
export function MenuToggle({ label, controls }: { label: string; controls: string[] }) {
  return (
    <menu-toggle>
      <button type="button" className="menu-toggle" aria-expanded="false" aria-controls={controls.join(' ')}>
        <span aria-hidden="true" className="icon icon--menu" />
        <span className="sr-only">{label}</span>
      </button>
      <EnhancementScript name="menu-toggle" />
    </menu-toggle>
  );
}
