"use client";

import { useTranslations } from "next-intl";
import { closeRound, openRound } from "@/app/[locale]/staff/evaluations/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { useActionForm } from "@/components/ui/form/useActionForm";

/**
 * Open a prepared round, or close an open one (closing is final). The
 * confirmation stays visible after the page has refreshed to the new state.
 */
export function RoundSteps({ id, version, status }: { id: string; version: number; status: "draft" | "open" | "closed" }) {
  const t = useTranslations("evaluationForm");
  const open = useActionForm(openRound);
  const close = useActionForm(closeRound);
  const done = close.state?.ok ? t("closedDone") : open.state?.ok ? t("openedDone") : null;
  const step = status === "draft" ? open : close;
  return (
    <div>
      <div aria-live="polite">{done ? <p className="mb-4 border-l-4 border-success bg-success-light p-3 font-semibold">{done}</p> : null}</div>
      {status === "closed" ? null : (
        <form onSubmit={step.onSubmit} noValidate className="flex flex-col gap-2">
          <ActionFormBody state={step.state?.ok ? null : step.state}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <p className="field-hint">{status === "draft" ? t("openHelp") : t("closeHelp")}</p>
            <button type="submit" className={status === "draft" ? "btn self-start" : "btn btn-danger self-start"} disabled={step.pending}>
              {status === "draft" ? t("open") : t("close")}
            </button>
          </ActionFormBody>
        </form>
      )}
    </div>
  );
}
