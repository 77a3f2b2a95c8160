import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Subnav } from "@/components/ui/Subnav";

/** The frame of a "new period / goal / priority" page. */
export async function NewStructurePage({ title, parentTitle, children }: { title: string; parentTitle?: string; children: React.ReactNode }) {
  const t = await getTranslations("structurePage");
  return (
    <>
      <Subnav area="strategy" current="tree" />
      <p className="mb-2 text-body-s">
        <Link href="/staff/strategy/tree">{t("backToTree")}</Link>
      </p>
      <h1 className="mb-6 text-heading-l font-bold">
        {title}
        {parentTitle ? <span className="block text-body-m font-normal text-muted">{parentTitle}</span> : null}
      </h1>
      {children}
    </>
  );
}
