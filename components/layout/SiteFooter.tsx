import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const tApp = await getTranslations("app");
  return (
    <footer className="mt-12 bg-bus text-white">
      <div className="mx-auto max-w-6xl px-4 py-6">
        <p className="font-bold">{tApp("city")}</p>
        <p>{t("text")}</p>
      </div>
    </footer>
  );
}
