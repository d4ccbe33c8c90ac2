/**
 * Writes app/code-theme.css, the classes that colour highlighted code in
 * both themes (lib/code-theme.ts). Run it after changing CODE_THEMES or
 * upgrading shiki; a unit test fails while the file is out of date.
 *
 *   npm run code-theme
 */
import { writeFileSync } from 'node:fs';
import { codePalette, codeStylesheet } from '../lib/code-theme';

writeFileSync('app/code-theme.css', codeStylesheet(await codePalette()));
console.log('app/code-theme.css written.');
