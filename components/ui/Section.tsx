import type { ReactNode } from "react";

/**
 * A titled part of a page: a `<section>` named by its own `<h2>`
 * (`aria-labelledby`), so that screen readers list it as a region with that
 * name. `id` is the heading's id (unique on the page).
 *
 * ```tsx
 * <Section id="plan-heading" title={t("plan")}>…</Section>
 * ```
 */
export function Section({ id, title, className = "mb-10", children }: { id: string; title: ReactNode; className?: string; children?: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-3 text-heading-m font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
