import { Section } from "@/components/ui/Section";
import { StaffDocuments } from "@/app/[locale]/staff/documents/_components/StaffDocuments";
import { roleTermText } from "@/lib/networks/roles";
import { notFound } from "next/navigation";
import { LinkedMeasuresSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { getTranslations } from "next-intl/server";
import { ParticipationForm, PublicationControls, RemoveParticipationButton, RemoveRoleButton, RoleForm, StatusChangeForm } from "@/app/[locale]/staff/networks/_components/DetailForms";
import { HistoryList, historyPaging } from "@/components/history/HistoryList";
import { nameLinkEntries } from "@/lib/links/history";
import { MembershipBadge } from "@/components/networks/MembershipBadge";
import { Subnav } from "@/components/ui/Subnav";
import { pageHistory } from "@/db/queries/audit";
import { requestedPage } from "@/lib/paging";
import { getNetworkForStaff, getNetworkFormOptions } from "@/db/queries/networks/staff";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { daysToTenths, formatDays } from "@/lib/networks/amounts";
import { formatMoney } from "@/lib/money";
import { countryName } from "@/lib/networks/countries";
import { mayEditNetwork } from "@/lib/networks/write";
import { can } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";
import { DetailPage } from "@/components/ui/DetailPage";

/** One network for staff: its details, roles, status history, participation log, reviews and history. */
export default async function NetworkPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const n = await getNetworkForStaff(db, id);
  if (!n || n.archivedAt) notFound();
  const [options, history] = await Promise.all([getNetworkFormOptions(db), pageHistory(db, [{ entityType: "network", entityIds: [id] }], { page: requestedPage((await searchParams).historyPage) })]);
  const t = await getTranslations("networks");
  const tr = await getTranslations("networkReviews");
  const tStaff = await getTranslations("staff");
  const date = (d: string | null) => (d ? formatFlexibleDate(d, "day", locale) : "");
  const mayEdit = mayEditNetwork(user, { responsibleUnitId: n.responsibleUnitId, contactIds: n.contacts.map((c) => c.userId) });
  const unit = options.units.find((u) => u.id === n.responsibleUnitId);
  const prios = options.priorities.filter((p) => n.priorityIds.includes(p.id));
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 border-b border-line py-2 sm:grid-cols-3">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2">{value || "–"}</dd>
    </div>
  );

  return (
    <DetailPage back={{ href: "/staff/networks", label: `← ${t("backToList")}` }} title={pick(n.name, locale)}>
      <Subnav area="networks" current="registry" />
      <p className="mb-4 flex flex-wrap items-center gap-3">
        <MembershipBadge status={n.status} label={t(`statuses.${n.status}`)} />
        <span>{t(`types.${n.type}`)}</span>
        <span>
          {tStaff("reviewState")}: <strong>{tStaff(n.reviewState)}</strong>
        </span>
        {mayEdit ? (
          <Link href={`/staff/networks/${n.id}/edit`} className="btn btn-secondary">
            {t("edit")}
          </Link>
        ) : null}
      </p>
      {n.reviewState === "returned" && n.reviewComment ? (
        <p className="mb-4 border-l-4 border-alert-dark bg-alert-light p-3">
          {t("publication.returnedWith")}: {n.reviewComment}
        </p>
      ) : null}

      <Section id="details" title={t("sections.details")}>
        <dl>
          {row(t("form.nameSv"), n.name.sv)}
          {row(t("form.nameEn"), n.name.en)}
          {row(t("fields.description"), pick(n.description, locale))}
          {row(t("fields.website"), n.website ? <a href={n.website} rel="noopener noreferrer">{n.website}</a> : null)}
          {row(t("fields.country"), countryName(n.countryCode, locale))}
          {row(t("fields.annualFee"), n.annualFeeCents === null ? null : formatMoney(n.annualFeeCents, locale, { currency: n.feeCurrency }))}
          {row(t("fields.staffDays"), n.staffDays ? t("daysPerYear", { days: formatDays(daysToTenths(n.staffDays), locale) }) : null)}
          {row(t("fields.unit"), unit ? pick(unit.name, locale) : null)}
          {row(t("fields.contacts"), n.contacts.map((c) => c.name).join(", "))}
          {row(t("fields.priorities"), prios.length ? <ul className="list-disc pl-5">{prios.map((p) => <li key={p.id}>{pick(p.title, locale)}</li>)}</ul> : null)}
          {row(t("fields.decision"), [n.decisionNumber, date(n.decisionDate)].filter(Boolean).join(", "))}
          {row(t("fields.internalNotes"), n.internalNotes)}
        </dl>
      </Section>

      <Section id="roles" title={t("sections.roles")}>
        {n.roles.length === 0 ? <p>{t("roles.none")}</p> : (
          <ul className="mb-4 divide-y divide-line border-y border-line">
            {n.roles.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <strong>{pick(r.title, locale)}</strong>
                  {r.body ? `, ${pick(r.body, locale)}` : ""} {r.startDate || r.endDate ? `(${roleTermText(r, locale, t("roles.ongoing"))})` : ""}
                </span>
                {mayEdit ? <RemoveRoleButton networkId={n.id} version={n.version} roleId={r.id} label={t("roles.remove")} /> : null}
              </li>
            ))}
          </ul>
        )}
        {mayEdit ? (
          <details className="mt-4 border-2 border-line p-4">
            <summary className="cursor-pointer font-semibold">{t("roles.add")}</summary>
            <div className="mt-4"><RoleForm networkId={n.id} version={n.version} /></div>
          </details>
        ) : null}
      </Section>

      <Section id="status-history" title={t("sections.statusHistory")}>
        <Table caption={t("sections.statusHistory")} className="mb-4 w-full border-collapse text-left text-body-s" head={[t("status.date"), t("fields.status"), t("status.note")]}>
          {n.statusChanges.map((s) => (
            <tr key={s.id} className="border-b border-line">
              <td className="p-2">{s.changedOn ? formatFlexibleDate(s.changedOn, s.changedOnPrecision, locale) : t("notKnown")}</td>
              <td className="p-2">{t(`statuses.${s.status}`)}</td>
              <td className="p-2">{s.note}</td>
            </tr>
          ))}
        </Table>
        {mayEdit ? (
          <details className="border-2 border-line p-4">
            <summary className="cursor-pointer font-semibold">{t("status.record")}</summary>
            <div className="mt-4"><StatusChangeForm networkId={n.id} version={n.version} current={n.status} /></div>
          </details>
        ) : null}
      </Section>

      <Section id="participation" title={t("sections.participation")}>
        {n.participation.length === 0 ? <p>{t("log.none")}</p> : (
          <ol className="mb-4 divide-y divide-line border-y border-line">
            {n.participation.map((p) => (
              <li key={p.id} className="py-3">
                <p className="font-semibold">
                  {date(p.occurredOn)} · {t(`kinds.${p.kind}`)} · {p.title}
                </p>
                {p.participants ? <p>{t("log.participants")}: {p.participants}</p> : null}
                {p.outcome ? <p>{t("log.outcome")}: {p.outcome}</p> : null}
                {mayEdit ? <RemoveParticipationButton networkId={n.id} entryId={p.id} label={t("log.remove")} /> : null}
              </li>
            ))}
          </ol>
        )}
        {mayEdit ? (
          <details className="border-2 border-line p-4">
            <summary className="cursor-pointer font-semibold">{t("log.add")}</summary>
            <div className="mt-4"><ParticipationForm networkId={n.id} /></div>
          </details>
        ) : null}
      </Section>

      <Section id="review-history" title={t("sections.reviews")}>
        {n.reviewHistory.length === 0 ? <p>{t("reviewsNone")}</p> : (
          <Table caption={t("sections.reviews")} head={[tr("round"), { label: tr("overall"), numeric: true }, tr("reviewersRecommend"), tr("decision.label")]}>
            {n.reviewHistory.map((h) => (
              <tr key={h.itemId} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/staff/networks/reviews/${h.roundId}/${n.id}`}>{pick(h.roundName, locale)}</Link>
                </th>
                <td className="p-2 text-right">{h.aggregate.overall ?? "–"}</td>
                <td className="p-2">{h.aggregate.consensus ? tr(`recommendations.${h.aggregate.consensus}`) : "–"}</td>
                <td className="p-2">{h.decision ? `${tr(`recommendations.${h.decision}`)} (${date(h.decidedOn)})` : tr("decision.none")}</td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <LinkedMeasuresSection kind="network" targetId={n.id} version={n.version} canEdit={mayEdit && !n.archivedAt} locale={locale} />

      {can(user.role, "content.publish") ? (
        <Section id="publication" title={t("sections.publication")}>
          <p className="mb-4">{n.publishedAt ? t("publication.lastPublished", { date: date(n.publishedAt.toISOString().slice(0, 10)) }) : t("publication.never")}</p>
          <PublicationControls id={n.id} version={n.version} canArchive={can(user.role, "networks.manage")} />
        </Section>
      ) : null}

      <StaffDocuments parentKind="network" parentId={n.id} actor={user} locale={locale} />

      <HistoryList
        entries={await nameLinkEntries(db, history.rows, locale)}
        paging={historyPaging(history, `/staff/networks/${id}`, await searchParams)}
        title={t("history.title")}
        fieldLabels={{
          name: t("fields.name"),
          description: t("fields.description"),
          type: t("fields.type"),
          status: t("fields.status"),
          statusSince: t("fields.statusSince"),
          statusSincePrecision: t("fields.statusSince"),
          website: t("fields.website"),
          countryCode: t("fields.country"),
          annualFeeCents: t("fields.annualFee"),
          feeCurrency: t("fields.currency"),
          staffDays: t("fields.staffDays"),
          responsibleUnitId: t("fields.unit"),
          contactIds: t("fields.contacts"),
          priorityIds: t("fields.priorities"),
          decisionNumber: t("fields.decisionNumber"),
          decisionDate: t("fields.decisionDate"),
          internalNotes: t("fields.internalNotes"),
        }}
        actionLabels={Object.fromEntries(["create", "update", "publish", "return", "archive", "status", "import", "role.add", "role.remove"].map((a) => [a, t(`history.actions.${a}`)]))}
        format={(field, value) => (field === "status" && typeof value === "string" ? t(`statuses.${value}`) : field === "type" && typeof value === "string" ? t(`types.${value}`) : null)}
        names={Object.fromEntries([...options.units.map((u) => [u.id, pick(u.name, locale)]), ...options.users.map((u) => [u.id, u.name]), ...options.priorities.map((p) => [p.id, pick(p.title, locale)])])}
      />
    </DetailPage>
  );
}
