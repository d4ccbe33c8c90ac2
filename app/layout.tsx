import type { ReactNode } from 'react';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx, where the language is
// known on the server. This root layout exists because app/not-found.tsx
// (for URLs outside any locale) needs one.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
