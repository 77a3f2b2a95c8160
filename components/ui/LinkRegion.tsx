"use client";
import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/** The app's router, or null where none is mounted (a page rendered on its own, as in a test): links then load as plain links. */
function useRouterIfMounted() {
  try {
    return useRouter();
  } catch {
    return null;
  }
}

/**
 * A list table's scrollable, named region (keyboard-focusable) that also moves in the app, without
 * reloading the page, when a plain `<a href>` in it is followed: one client component per table
 * instead of a `Link` (a client component with its own payload) per row. Rows can therefore link
 * with plain anchors (their href already in the reader's language). A click with a modifier key,
 * another mouse button, a `target`/`download` link, one to another site, or one a `Link` already
 * handled is left to the browser.
 */
export function LinkRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const router = useRouterIfMounted();
  const follow = (e: MouseEvent<HTMLDivElement>) => {
    if (!router || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest?.("a[href]");
    if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== "_self") || a.hasAttribute("download") || a.origin !== window.location.origin) return;
    e.preventDefault();
    router.push(a.pathname + a.search + a.hash);
  };
  return (
    // The region's own keys are the browser's (links and scrolling); the click only follows a link inside.
    <div className={className} tabIndex={0} role="region" aria-label={label} onClick={follow}>
      {children}
    </div>
  );
}
