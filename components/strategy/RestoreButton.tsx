"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { useActionForm } from "@/components/ui/form/useActionForm";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;

/** Restore an archived item after a confirmation step that says it comes back as a draft; carries the version. */
export function RestoreButton({ action, id, version, name }: { action: Action; id: string; version: number; name: string }) {
  const t = useTranslations("strategyTree");
  const tCommon = useTranslations("common");
  const [asking, setAsking] = useState(false);
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionFormBody state={state}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        {asking ? (
          <div className="flex flex-wrap items-center gap-3">
            <span>{t("restoreConfirm", { name })}</span>
            <button type="submit" className="btn" disabled={pending}>
              {t("restoreYes")}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
              {tCommon("cancel")}
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn-secondary" aria-label={t("restoreLabel", { name })} onClick={() => setAsking(true)}>
            {t("restore")}
          </button>
        )}
      </ActionFormBody>
    </form>
  );
}
