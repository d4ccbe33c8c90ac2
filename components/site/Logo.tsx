/** The site mark: a stylized "M" for ProxMenux Monitor. Decorative; the site name follows it. */
export function Logo() {
  return (
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false" className="site-logo">
      <rect width="32" height="32" rx="7" fill="#1e293b" />
      <path d="M7 23V9h3.2l5.8 8 5.8-8H25v14h-3.3v-8.6L16 22l-5.7-7.6V23z" fill="#f97316" />
    </svg>
  );
}
