import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Server components build locale-aware hrefs with `getPathname` and render
// plain <a> elements, so internal links cost no client JavaScript.
export const { getPathname, redirect, permanentRedirect } = createNavigation(routing);
