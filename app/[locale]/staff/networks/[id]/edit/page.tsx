import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formOptions } from "@/components/networks/form-options";
import { NetworkForm } from "@/app/[locale]/staff/networks/_components/NetworkForm";
import { getNetworkForStaff, getNetworkFormOptions } from "@/db/queries/networks/staff";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { mayEditNetwork } from "@/lib/networks/write";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";

export default async function EditNetworkPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id, user, db } = await staffPage(params, "staff.view", ["id"]);
  const n = await getNetworkForStaff(db, id);
  if (!n || n.archivedAt) notFound();
  const contactIds = n.contacts.map((c) => c.userId);
  if (!mayEditNetwork(user, { responsibleUnitId: n.responsibleUnitId, contactIds })) redirect(`/${locale}/no-access`);
  const t = await getTranslations("networks");
  const options = formOptions(await getNetworkFormOptions(db), locale, can(user.role, "networks.manage") ? null : [user.unitId, n.responsibleUnitId]);
  return (
    <>
      <p className="mb-2">
        <Link href={`/staff/networks/${n.id}`}>← {pick(n.name, locale)}</Link>
      </p>
      <h1 className="mb-2 text-heading-l font-bold">{t("editTitle", { name: pick(n.name, locale) })}</h1>
      <p className="mb-6 max-w-3xl">{can(user.role, "content.publish") ? t("form.leadCoordinator") : t("form.leadEditor")}</p>
      <NetworkForm
        key={n.version}
        network={{
          id: n.id,
          version: n.version,
          name: n.name,
          description: n.description,
          type: n.type,
          website: n.website,
          countryCode: n.countryCode,
          annualFeeCents: n.annualFeeCents,
          feeCurrency: n.feeCurrency,
          staffDays: n.staffDays,
          responsibleUnitId: n.responsibleUnitId,
          contactIds,
          priorityIds: n.priorityIds,
          decisionNumber: n.decisionNumber,
          decisionDate: n.decisionDate,
          internalNotes: n.internalNotes,
        }}
        {...options}
        canPublish={can(user.role, "content.publish")}
      />
    </>
  );
}
