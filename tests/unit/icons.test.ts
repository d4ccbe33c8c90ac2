import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICONS, iconStylesheet, loadIcons } from '@/lib/build/icons';

describe('icons', () => {
  it('app/icons.css is what npm run icons writes from Lucide’s data', async () => {
    expect(readFileSync('app/icons.css', 'utf8')).toBe(iconStylesheet(await loadIcons()));
  });

  it('draws each icon with Lucide’s own elements, as a valid data URL', async () => {
    const icons = await loadIcons();
    const css = iconStylesheet(icons);
    for (const name of Object.keys(ICONS)) {
      const url = new RegExp(`--icon-${name}: url\\("data:image/svg\\+xml;utf8,(<svg [^"]*</svg>)"\\);`).exec(css)?.[1];
      expect(url, name).toBeDefined();
      // Every element of the icon is there, with its attributes.
      for (const [tag, attributes] of icons[name]?.node ?? []) {
        expect(url).toContain(`<${tag} `);
        for (const [attribute, value] of Object.entries(attributes)) if (attribute !== 'key') expect(url).toContain(`${attribute}='${value}'`);
      }
    }
  });
});
