import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { getDb } from "@/db/client";
import { getUnitNames } from "@/db/queries/strategy/public";
import { listMeasuresForStaff } from "@/db/queries/strategy/staff";
import { requirePage } from "@/lib/auth/guards";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { canEditOwned } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";

export default async function StaffStrategy({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePage(locale, "internal.read");
  const t = await getTranslations("staff");
  const tStatus = await getTranslations("status");
  const tCommon = await getTranslations("common");
  const db = await getDb();
  const [rows, unitRows] = await Promise.all([listMeasuresForStaff(db), getUnitNames(db)]);
  const unitName = new Map(unitRows.map((u) => [u.id, pick(u.name, locale)]));
  return (
    <>
      <h1 className="mb-6 text-heading-l font-bold">{t("overview")}</h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-body-s">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">{t("overview")}</th>
              <th scope="col" className="p-2">{tCommon("status")}</th>
              <th scope="col" className="p-2">{tCommon("progress")}</th>
              <th scope="col" className="p-2">{tCommon("due")}</th>
              <th scope="col" className="p-2">{tCommon("unit")}</th>
              <th scope="col" className="p-2">{t("contacts")}</th>
              <th scope="col" className="p-2">{t("visibility")}</th>
              <th scope="col" className="p-2">{t("reviewState")}</th>
              <th scope="col" className="p-2">{t("internalNotes")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id} className="border-b border-line align-top">
                <th scope="row" className="p-2 font-semibold">
                  <Link href={`/staff/strategy/measures/${m.id}`}>{pick(m.title, locale)}</Link>
                  {canEditOwned(user, { unitId: m.responsibleUnitId, contactIds: m.contacts.map((c) => c.userId) }, "strategy.manage", "strategy.editOwn") ? (
                    <span className="ml-2 bg-engel-light px-1 text-body-s font-normal">{t("yourMeasure")}</span>
                  ) : null}
                </th>
                <td className="p-2"><StatusBadge status={m.status} label={tStatus(m.status)} /></td>
                <td className="p-2"><ProgressBar value={m.progress} label={`${tCommon("progress")}: ${pick(m.title, locale)}`} /></td>
                <td className="p-2">{m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : tCommon("noDate")}</td>
                <td className="p-2">{m.responsibleUnitId ? unitName.get(m.responsibleUnitId) : ""}</td>
                <td className="p-2">{m.contacts.map((c) => c.name).join(", ")}</td>
                <td className="p-2">{t(m.visibility)}</td>
                <td className="p-2">{t(m.reviewState)}</td>
                <td className="p-2">{m.internalNotes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
