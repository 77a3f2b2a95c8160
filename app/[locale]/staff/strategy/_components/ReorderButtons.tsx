"use client";

import { useTranslations } from "next-intl";
import { reorderItem } from "@/app/[locale]/staff/strategy/tree/actions";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { useMessageText } from "@/components/ui/form/useActionMessages";

/** Move up / move down, each a small form; the item's name is in the button's accessible name. */
export function ReorderButtons({ type, id, name, first, last }: { type: "goal" | "priority" | "measure"; id: string; name: string; first: boolean; last: boolean }) {
  const t = useTranslations("strategyTree");
  const { state, pending, onSubmit } = useActionForm(reorderItem);
  const text = useMessageText();
  return (
    <form onSubmit={onSubmit} className="inline-flex items-center gap-1">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" name="direction" value="up" disabled={pending || first} className="btn btn-secondary min-h-0 px-2 py-0" aria-label={t("moveUp", { name })}>
        ↑
      </button>
      <button type="submit" name="direction" value="down" disabled={pending || last} className="btn btn-secondary min-h-0 px-2 py-0" aria-label={t("moveDown", { name })}>
        ↓
      </button>
      {state && !state.ok ? <span role="alert" className="field-error">{text(state.message)}</span> : null}
    </form>
  );
}
