import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/app/[locale]/staff/admin/_components/CreateUserForm";
import { UserRowForm } from "@/app/[locale]/staff/admin/_components/UserRowForm";
import { listSsoRefusals, listUnits, listUsersForAdmin } from "@/db/queries/admin/users";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { AdminTabs } from "./AdminTabs";
import { staffPage } from "@/lib/auth/staff-page";

/** Admins grant roles and units; people who signed in with SSO wait here without rights. */
export default async function AdminUsersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, db } = await staffPage(params, "users.manage");
  const t = await getTranslations("admin");
  const tRoles = await getTranslations("roles");
  const [people, unitRows, refusals] = await Promise.all([listUsersForAdmin(db), listUnits(db), listSsoRefusals(db)]);
  const roleOptions = [
    { value: "", label: t("noRole") },
    ...(["executive", "editor", "coordinator", "admin"] as const).map((r) => ({ value: r, label: tRoles(r) })),
  ];
  const unitOptions = [{ value: "", label: t("noUnit") }, ...unitRows.map((u) => ({ value: u.id, label: pick(u.name, locale) }))];
  const waiting = people.filter((p) => p.role === null && p.active);
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <AdminTabs current="users" />
      {waiting.length ? (
        <p className="mb-6 border-l-4 border-alert-dark bg-alert-light p-3">{t("waiting", { count: waiting.length })}</p>
      ) : null}
      <section aria-labelledby="users-title">
        <h2 id="users-title" className="mb-2 text-heading-m font-bold">
          {t("users")}
        </h2>
        {people.map((u) => (
          <UserRowForm
            key={u.id}
            user={{ ...u, lastSignIn: u.lastSignInAt ? u.lastSignInAt.toISOString() : null }}
            roleOptions={roleOptions}
            unitOptions={unitOptions}
          />
        ))}
      </section>
      {refusals.length ? (
        <section aria-labelledby="sso-refusals-title" className="mt-10">
          <h2 id="sso-refusals-title" className="mb-2 text-heading-m font-bold">
            {t("ssoRefusals")}
          </h2>
          <p className="mb-2">{t("ssoRefusalsIntro", { count: refusals.length })}</p>
          <ul className="list-disc pl-6">
            {refusals.map((r) => (
              <li key={r.id}>
                {t("ssoRefusalAt", { at: r.at })}: {r.email ?? t("ssoRefusalNone")} —{" "}
                {r.reason === "sso_unverified" || r.reason === "sso_not_linked" || r.reason === "sso_deactivated" ? t(`ssoReason_${r.reason}`) : r.why}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="new-user-title" className="mt-10">
        <h2 id="new-user-title" className="mb-2 text-heading-m font-bold">
          {t("newUser")}
        </h2>
        <CreateUserForm roleOptions={roleOptions} unitOptions={unitOptions} />
      </section>
    </>
  );
}
