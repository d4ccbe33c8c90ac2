import { EnhancementScript } from './Enhancement';

/**
 * Until the documentation's navigation becomes a sidebar (lg), folds it
 * (and, on phones, the header's controls) into a menu behind this button
 * (enhancements/menu-toggle.ts).
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
