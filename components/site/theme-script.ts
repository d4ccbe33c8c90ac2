import { THEME_STORAGE_KEY } from '@/enhancements/elements';

/**
 * Runs in <head> before the page paints: applies the remembered theme (or
 * the system's) as a `light` or `dark` class on <html>, so the first paint
 * already has the right colours, and marks that JavaScript runs (the `js`
 * class). Without JavaScript neither theme class is set and the stylesheet
 * follows the system's colour scheme. <theme-select>
 * (enhancements/theme-select.ts) changes the choice later. Its hash is added
 * to the static export's policy.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement,t;d.classList.add('js');try{t=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}var k=t==='dark'||(t!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);d.classList.toggle('dark',k);d.classList.toggle('light',!k)})();`;
