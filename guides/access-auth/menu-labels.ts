import type { Locale } from '@/i18n/routing';
import type { Value } from '@/lib/document/model';

/**
 * Labels of the ProxMenux terminal menu (`menu`) that the guide quotes.
 *
 * Unlike the Monitor, which exists only in English, the menu shows its
 * labels in the language chosen when ProxMenux was installed: it looks each
 * English label up in its own translation files (lang/<code>.json in the
 * ProxMenux repository) and falls back to English. A reader must find the
 * label their menu shows, so each language quotes the menu's own
 * translation, copied exactly, with the English label beside it (the menu
 * may also run in English). Languages the menu does not have quote English.
 *
 * They live here, not in the catalogs, so that a translation cannot change
 * them; messages use them as arguments (`{menuSettings}`), like values.ts.
 */

/** The labels in English, as the menu's scripts write them. */
const ENGLISH = {
  /** Main menu entry (key s), scripts/menus/main_menu.sh. */
  menuSettings: 'Settings',
  /** Settings menu entry, listed when the Monitor is installed, scripts/menus/config_menu.sh. */
  menuResetPassword: 'Reset ProxMenux Monitor Password',
  /** Main menu entry (key 8), scripts/menus/main_menu.sh. */
  menuSecurity: 'Security',
  /** Security menu entry that runs the Fail2Ban installer, scripts/menus/security_menu.sh. */
  menuFail2ban: 'Fail2Ban - Intrusion Prevention',
} as const;

export type MenuLabel = keyof typeof ENGLISH;
export type MenuLabels = Record<MenuLabel, string>;

/**
 * The menu's own translations (lang/de.json, es.json, fr.json, it.json and
 * pt.json of ProxMenux at f90f72dc), character for character.
 */
export const MENU_TRANSLATIONS = {
  de: {
    menuSettings: 'Einstellungen',
    menuResetPassword: 'Setzen Sie das ProxMenux-Monitorkennwort zurück',
    menuSecurity: 'Sicherheit',
    menuFail2ban: 'Fail2Ban – Intrusion Prevention',
  },
  es: {
    menuSettings: 'Ajustes',
    menuResetPassword: 'Restablecer la contraseña del monitor ProxMenux',
    menuSecurity: 'Seguridad',
    menuFail2ban: 'Fail2Ban - Prevención de intrusiones',
  },
  fr: {
    menuSettings: 'Paramètres',
    menuResetPassword: 'Réinitialiser le mot de passe du moniteur ProxMenux',
    menuSecurity: 'Sécurité',
    menuFail2ban: 'Fail2Ban - Prévention des intrusions',
  },
  it: {
    menuSettings: 'Impostazioni',
    menuResetPassword: 'Reimposta la password del monitor ProxMenux',
    menuSecurity: 'Sicurezza',
    menuFail2ban: 'Fail2Ban - Prevenzione delle intrusioni',
  },
  pt: {
    menuSettings: 'Configurações',
    menuResetPassword: 'Redefinir senha do monitor ProxMenux',
    menuSecurity: 'Segurança',
    menuFail2ban: 'Fail2Ban - Prevenção de Intrusões',
  },
} as const satisfies Record<string, MenuLabels>;

type MenuLanguage = keyof typeof MENU_TRANSLATIONS;

/**
 * The menu language a page language reads, for every language of the site;
 * `null` where the menu has none and shows English. Brazilian Portuguese
 * readers get the menu's Portuguese.
 */
export const MENU_LANGUAGE: Record<Locale, MenuLanguage | null> = {
  en: null,
  de: 'de',
  es: 'es',
  fr: 'fr',
  it: 'it',
  'pt-BR': 'pt',
  ru: null,
  'zh-Hans': null,
  ar: null,
};

/** The same label, ignoring the kind of dash (the German menu writes "Fail2Ban – …"). */
const sameLabel = (a: string, b: string) => a.replace(/[‐-―-]/g, '-') === b.replace(/[‐-―-]/g, '-');

/**
 * The menu labels as a page in this language quotes them: the menu's own
 * translation followed by the English label in parentheses, or the English
 * label alone where the menu has no translation (or the same text).
 */
export function menuLabels(locale: Locale): MenuLabels {
  const language = MENU_LANGUAGE[locale];
  const translated: MenuLabels = language ? MENU_TRANSLATIONS[language] : ENGLISH;
  const label = (name: MenuLabel) => (sameLabel(translated[name], ENGLISH[name]) ? translated[name] : `${translated[name]} (${ENGLISH[name]})`);
  return {
    menuSettings: label('menuSettings'),
    menuResetPassword: label('menuResetPassword'),
    menuSecurity: label('menuSecurity'),
    menuFail2ban: label('menuFail2ban'),
  };
}

const PAGE_LANGUAGES = Object.keys(MENU_LANGUAGE) as (keyof typeof MENU_LANGUAGE)[];

/** One menu label as each page language quotes it (the guide's values pick the reader's). */
function perLanguage(name: MenuLabel): Value {
  return { en: ENGLISH[name], ...Object.fromEntries(PAGE_LANGUAGES.map((language) => [language, menuLabels(language)[name]])) };
}

/** The menu labels the guide's messages use, as values (guides/access-auth/values.ts). */
export const MENU_LABELS = {
  menuSettings: perLanguage('menuSettings'),
  menuResetPassword: perLanguage('menuResetPassword'),
  menuSecurity: perLanguage('menuSecurity'),
  menuFail2ban: perLanguage('menuFail2ban'),
} as const satisfies Record<MenuLabel, Value>;
