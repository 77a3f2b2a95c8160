import { getTranslations } from "next-intl/server";

export default async function EmbedNotFound() {
  const t = await getTranslations("embed");
  return <p>{t("notFound")}</p>;
}
