"use client";

import { useTranslations } from "next-intl";

/** A clean, translated error page: never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div role="alert">
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      <button type="button" className="btn" onClick={() => reset()}>
        {t("retry")}
      </button>
    </div>
  );
}
