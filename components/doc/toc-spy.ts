/**
 * Follows the scroll position and sets aria-current="location" on every
 * table-of-contents link to the section being read: the last heading that
 * has scrolled past the sticky header.
 */
export function watchSections(): () => void {
  // On wide screens the table of contents is a column of its own, always open.
  const box = document.querySelector<HTMLDetailsElement>('details.toc-box');
  const wide = window.matchMedia('(min-width: 64rem)');
  const openWhenWide = () => {
    if (box && wide.matches) box.open = true;
  };
  openWhenWide();
  wide.addEventListener('change', openWhenWide);

  const links = [...document.querySelectorAll<HTMLAnchorElement>('nav[data-toc] a[href^="#"]')];
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  let frame = 0;
  let current: string | undefined;

  const update = () => {
    frame = 0;
    const limit = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 80;
    let id = headings[0]?.id;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top > limit) break;
      id = heading.id;
    }
    // At the very bottom the last sections may never reach the top.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) id = headings.at(-1)?.id;
    if (id === current) return;
    current = id;
    for (const link of links) {
      if (link.hash === `#${id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  return () => {
    wide.removeEventListener('change', openWhenWide);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    if (frame) cancelAnimationFrame(frame);
  };
}
