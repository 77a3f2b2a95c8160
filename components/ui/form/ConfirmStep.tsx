"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/**
 * The confirmation step of a form that does something hard to take back
 * (archive, restore, revoke): a button that asks first, then the question
 * with the submitting button and "cancel". Put it inside the form, after the
 * hidden fields; `pending` comes from the form's `useActionForm`.
 */
export function ConfirmStep({
  label,
  question,
  confirmLabel = label,
  pending,
  danger = true,
  openAriaLabel,
}: {
  /** The first button's text. */
  label: string;
  question: string;
  /** The submitting button's text (default: `label`). */
  confirmLabel?: string;
  pending: boolean;
  /** The submitting button in the danger style (default); `false` for a plain one. */
  danger?: boolean;
  openAriaLabel?: string;
}) {
  const tCommon = useTranslations("common");
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="btn btn-secondary" aria-label={openAriaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span>{question}</span>
      <button type="submit" className={danger ? "btn btn-danger" : "btn"} disabled={pending}>
        {confirmLabel}
      </button>
      <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
        {tCommon("cancel")}
      </button>
    </div>
  );
}
