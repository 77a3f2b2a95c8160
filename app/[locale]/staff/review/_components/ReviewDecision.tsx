"use client";

import { useTranslations } from "next-intl";
import { publishItem, returnItem } from "@/app/[locale]/staff/review/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { TextArea } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";

/** Publish the item, or return it to its editor with a comment. Both carry the version that was reviewed. */
export function ReviewDecision({ type, id, version, canPublish }: { type: string; id: string; version: number; canPublish: boolean }) {
  const t = useTranslations("review");
  const publish = useActionForm(publishItem);
  const back = useActionForm(returnItem);
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <form onSubmit={publish.onSubmit} noValidate className="flex flex-col gap-3">
        <ActionFormBody state={publish.state} successText={t("publishedDone")}>
          <input type="hidden" name="type" value={type} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <p>{canPublish ? t("publishHelp") : t("publishBlocked")}</p>
          <button type="submit" className="btn self-start" disabled={publish.pending}>
            {t("publish")}
          </button>
        </ActionFormBody>
      </form>
      <form onSubmit={back.onSubmit} noValidate className="flex flex-col gap-3">
        <ActionFormBody state={back.state} successText={t("returnedDone")}>
          <input type="hidden" name="type" value={type} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <TextArea name="comment" label={t("commentLabel")} hint={t("commentHint")} required rows={4} />
          <button type="submit" className="btn btn-secondary mt-2 self-start" disabled={back.pending}>
            {t("return")}
          </button>
        </ActionFormBody>
      </form>
    </div>
  );
}
