"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

/** The staff areas a person may reach, with the current one marked. */
export function StaffNav({ label, items }: { label: string; items: { href: string; title: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-8 border-b-2 border-line">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 pb-2">
        {items.map((item) => {
          // The start page is current only on itself; an area also on its sub-pages.
          const current = pathname === item.href || (item.href !== "/staff" && pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined} className={current ? "font-bold text-ink" : undefined}>
                {item.title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
