import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { staffSubnavs, type StaffSubnavArea, type StaffSubnavSection } from "@/lib/navigation";

/** The one sub-menu of a staff area's sections (`staffSubnavs` in lib/navigation.ts); `current` is the section shown. */
export async function Subnav<A extends StaffSubnavArea>({ area, current }: { area: A; current: StaffSubnavSection<A> }) {
  const { messages, items } = staffSubnavs[area];
  const t = await getTranslations(messages);
  return (
    <nav aria-label={t("label")} className="mb-6 border-b-2 border-line">
      <ul className="flex flex-wrap gap-x-6">
        {Object.entries(items).map(([key, href]) => (
          <li key={key}>
            <Link href={href} aria-current={key === current ? "page" : undefined} className={`inline-block py-2 ${key === current ? "border-b-4 border-bus font-bold" : ""}`}>
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
