import type { ReactNode } from "react";

/**
 * A printable staff page (the briefing, the funding portfolio's figures):
 * links for the screen (back, download, how to print), a header, and the
 * content with every table open. In print only the header and the content
 * appear: the site's header, menus and footer and the screen links are left out.
 */
export function PrintablePage({ screenLinks, header, children }: { screenLinks: ReactNode; header: ReactNode; children: ReactNode }) {
  return (
    <article className="briefing-print">
      <style>{"@media print { body:has(.briefing-print) > header, body:has(.briefing-print) > footer, body:has(.briefing-print) nav, .briefing-screen-only { display: none !important; } }"}</style>
      <p className="briefing-screen-only mb-4 flex flex-wrap gap-x-6">{screenLinks}</p>
      <header className="mb-6 border-b-4 border-bus pb-4">{header}</header>
      {children}
    </article>
  );
}
