import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { ConfirmActionButton } from "@/components/ui/form/ConfirmActionButton";

/**
 * The "archive" part of a strategy item's staff page: heading, what archiving
 * does, and the button that asks first. Its texts are `archiveTitle`,
 * `archiveHelp`, `archive` and `archiveConfirm` of the page's `messages`.
 */
export async function ArchiveSection({
  action,
  item,
  messages,
}: {
  action: (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;
  item: { id: string; version: number };
  messages: "measurePage" | "structurePage";
}) {
  const t = await getTranslations(messages);
  return (
    <section aria-labelledby="archive-heading" className="mb-10">
      <h2 id="archive-heading" className="mb-2 text-heading-s font-bold">{t("archiveTitle")}</h2>
      <p className="mb-2">{t("archiveHelp")}</p>
      <ConfirmActionButton action={action} id={item.id} version={item.version} label={t("archive")} question={t("archiveConfirm")} />
    </section>
  );
}
