"use client";

import { useTranslations } from "next-intl";
import { closeRound, openRound } from "@/app/[locale]/staff/evaluations/actions";
import { ActionFormBody } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/use-action-form";

/** Open a prepared round, or close an open one (with a warning: closing is final). */
export function RoundSteps({ id, version, status }: { id: string; version: number; status: "draft" | "open" | "closed" }) {
  const t = useTranslations("evaluationForm");
  const open = useActionForm(openRound);
  const close = useActionForm(closeRound);
  if (status === "closed") return null;
  const step = status === "draft" ? open : close;
  return (
    <form onSubmit={step.onSubmit} noValidate className="flex flex-col gap-2">
      <ActionFormBody state={step.state} successText={status === "draft" ? t("openedDone") : t("closedDone")}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <p className="field-hint">{status === "draft" ? t("openHelp") : t("closeHelp")}</p>
        <button type="submit" className={status === "draft" ? "btn self-start" : "btn btn-danger self-start"} disabled={step.pending}>
          {status === "draft" ? t("open") : t("close")}
        </button>
      </ActionFormBody>
    </form>
  );
}
