import { Section } from "@/components/ui/Section";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/app/[locale]/staff/admin/_components/CreateUserForm";
import { UserRowForm } from "@/app/[locale]/staff/admin/_components/UserRowForm";
import { FilterForm, FilterSelect, FilterText } from "@/components/ui/FilterForm";
import { Pager } from "@/components/ui/Pager";
import { defaultUserSort, listSsoRefusals, listUnits, pageUsersForAdmin, userSorts, type UserFilters } from "@/db/queries/admin/users";
import { isUuid } from "@/lib/ids";
import { Link } from "@/lib/i18n/navigation";
import { listHref, plainQuery, requestedPage, requestedSort, sortParam } from "@/lib/paging";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Subnav } from "@/components/ui/Subnav";
import { staffPage } from "@/lib/auth/staff-page";

const PATH = "/staff/admin";
const roles = ["executive", "editor", "coordinator", "admin"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const oneOf = <T extends string>(v: string | undefined, list: readonly T[]) => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/** Admins grant roles and units; people who signed in with SSO wait here without rights. The people are paged, filtered and sorted in SQL. */
export default async function AdminUsersPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, db } = await staffPage(params, "users.manage");
  const sp = await searchParams;
  const unit = one(sp.unit);
  const filters: UserFilters = {
    q: one(sp.q)?.slice(0, 200),
    role: oneOf(one(sp.role), [...roles, "none"] as const),
    unitId: unit && isUuid(unit) ? unit : undefined,
    active: oneOf(one(sp.active), ["yes", "no"] as const),
  };
  const sort = requestedSort(sp.sort, userSorts, defaultUserSort);
  const t = await getTranslations("admin");
  const tRoles = await getTranslations("roles");
  const tCommon = await getTranslations("common");
  const [people, unitRows, refusals] = await Promise.all([pageUsersForAdmin(db, filters, { page: requestedPage(sp.page), sort }), listUnits(db), listSsoRefusals(db)]);
  const query = plainQuery(sp);
  const roleOptions = [
    { value: "", label: t("noRole") },
    ...(["executive", "editor", "coordinator", "admin"] as const).map((r) => ({ value: r, label: tRoles(r) })),
  ];
  const unitOptions = [{ value: "", label: t("noUnit") }, ...unitRows.map((u) => ({ value: u.id, label: pick(u.name, locale) }))];
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <Subnav area="admin" current="users" />
      {people.waiting ? (
        <p className="mb-6 border-l-4 border-alert-dark bg-alert-light p-3">
          {t("waiting", { count: people.waiting })} <Link href={listHref(PATH, {}, { role: "none", active: "yes" })}>{t("showWaiting")}</Link>
        </p>
      ) : null}
      <Section id="users-title" title={t("users")} className="">
        <FilterForm label={t("filterLabel")} clearHref={PATH}>
          <FilterText name="q" label={t("search")} value={filters.q} />
          <FilterSelect name="role" label={t("role")} value={filters.role} options={[{ value: "none", label: t("noRole") }, ...roles.map((r) => ({ value: r, label: tRoles(r) }))]} />
          <FilterSelect name="unit" label={t("unit")} value={filters.unitId} options={unitRows.map((u) => ({ value: u.id, label: pick(u.name, locale) }))} />
          <FilterSelect name="active" label={t("active")} value={filters.active} options={[{ value: "yes", label: tCommon("yes") }, { value: "no", label: tCommon("no") }]} />
          <FilterSelect
            name="sort"
            label={t("sort")}
            emptyLabel={t("sortDefault")}
            value={sort.key === defaultUserSort.key && !sort.desc ? undefined : sortParam(sort)}
            options={(["email", "role", "-signedIn"] as const).map((v) => ({ value: v, label: t(`sorts.${v}`) }))}
          />
        </FilterForm>
        {people.rows.map((u) => (
          <UserRowForm
            key={u.id}
            user={{ ...u, lastSignIn: u.lastSignInAt ? u.lastSignInAt.toISOString() : null }}
            roleOptions={roleOptions}
            unitOptions={unitOptions}
          />
        ))}
        <Pager path={PATH} query={query} page={people.page} pages={people.pages} total={people.total} from={people.from} to={people.to} />
      </Section>
      {refusals.length ? (
        <Section id="sso-refusals-title" title={t("ssoRefusals")} className="mt-10">
          <p className="mb-2">{t("ssoRefusalsIntro", { count: refusals.length })}</p>
          <ul className="list-disc pl-6">
            {refusals.map((r) => (
              <li key={r.id}>
                {t("ssoRefusalAt", { at: r.at })}: {r.email ?? t("ssoRefusalNone")} —{" "}
                {r.reason === "sso_unverified" || r.reason === "sso_not_linked" || r.reason === "sso_deactivated" ? t(`ssoReason_${r.reason}`) : r.why}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="new-user-title" title={t("newUser")} className="mt-10">
        <CreateUserForm roleOptions={roleOptions} unitOptions={unitOptions} />
      </Section>
    </>
  );
}
