import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { EnhancementScript } from './Enhancement';

/**
 * Light, dark or the system's theme. The server cannot know the reader's
 * choice, so the list starts on "system"; <theme-select>
 * (enhancements/theme-select.ts) shows the remembered choice and applies
 * changes. No option is marked selected, so React leaves the shown value
 * alone when it hydrates the page (next start).
 */
export async function ThemeSelect({ locale }: { locale: Locale }) {
  const t = await getText({ namespace: 'site', locale });
  return (
    <theme-select>
      <label className="theme-select">
        <span className="sr-only">{t('theme')}</span>
        <select>
          <option value="system">{t('themeSystem')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </label>
      <EnhancementScript name="theme-select" />
    </theme-select>
  );
}
