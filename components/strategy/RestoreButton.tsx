"use client";

import { useTranslations } from "next-intl";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { ConfirmStep } from "@/components/ui/form/ConfirmStep";
import { useActionForm } from "@/components/ui/form/useActionForm";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;

/** Restore an archived item after a confirmation step that says it comes back as a draft; carries the version. */
export function RestoreButton({ action, id, version, name }: { action: Action; id: string; version: number; name: string }) {
  const t = useTranslations("strategyTree");
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionFormBody state={state}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <ConfirmStep label={t("restore")} openAriaLabel={t("restoreLabel", { name })} question={t("restoreConfirm", { name })} confirmLabel={t("restoreYes")} danger={false} pending={pending} />
      </ActionFormBody>
    </form>
  );
}
