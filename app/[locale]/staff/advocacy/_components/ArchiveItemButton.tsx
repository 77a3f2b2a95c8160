"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { archiveAdvocacyItem } from "@/app/[locale]/staff/advocacy/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { useRouter } from "@/lib/i18n/navigation";

/** Archive (never delete) an advocacy item, with a confirmation step. */
export function ArchiveItemButton({ kind, id, version, backHref }: { kind: "plan" | "activity" | "ask"; id: string; version: number; backHref: string }) {
  const t = useTranslations("advocacyForm");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { state, pending, onSubmit } = useActionForm(archiveAdvocacyItem, { onSuccess: () => router.push(backHref) });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionFormBody state={state}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        {asking ? (
          <div className="flex flex-wrap items-center gap-3">
            <span>{t("archiveConfirm")}</span>
            <button type="submit" className="btn btn-danger" disabled={pending}>
              {t("archive")}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
              {tCommon("cancel")}
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn-secondary" onClick={() => setAsking(true)}>
            {t("archive")}
          </button>
        )}
      </ActionFormBody>
    </form>
  );
}
