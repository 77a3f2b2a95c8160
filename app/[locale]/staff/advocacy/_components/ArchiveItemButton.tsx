"use client";

import { useTranslations } from "next-intl";
import { archiveAdvocacyItem } from "@/app/[locale]/staff/advocacy/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { ConfirmStep } from "@/components/ui/form/ConfirmStep";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { useRouter } from "@/lib/i18n/navigation";

/** Archive (never delete) an advocacy item, with a confirmation step. */
export function ArchiveItemButton({ kind, id, version, backHref }: { kind: "plan" | "activity" | "ask"; id: string; version: number; backHref: string }) {
  const t = useTranslations("advocacyForm");
  const router = useRouter();
  const { state, pending, onSubmit } = useActionForm(archiveAdvocacyItem, { onSuccess: () => (router.push(backHref), "navigated" as const) });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionFormBody state={state}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <ConfirmStep label={t("archive")} question={t("archiveConfirm")} pending={pending} />
      </ActionFormBody>
    </form>
  );
}
