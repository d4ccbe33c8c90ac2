/**
 * Writes app/icons.css, the site's icons as CSS custom properties, from
 * Lucide's icon data (lib/build/icons.ts). Run it after changing the table.
 *
 *   npm run icons
 */
import { writeFileSync } from 'node:fs';
import { iconStylesheet, loadIcons } from '../lib/build/icons';

writeFileSync('app/icons.css', iconStylesheet(await loadIcons()));
console.log('app/icons.css written.');
