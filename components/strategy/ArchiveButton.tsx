"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { useActionForm } from "@/components/ui/form/useActionForm";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;

/** Archive (never delete) with a confirmation step; carries the version. */
export function ArchiveButton({ action, id, version, label, confirm }: { action: Action; id: string; version: number; label: string; confirm: string }) {
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
            <span>{confirm}</span>
            <button type="submit" className="btn btn-danger" disabled={pending}>
              {label}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
              {tCommon("cancel")}
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn-secondary" onClick={() => setAsking(true)}>
            {label}
          </button>
        )}
      </ActionFormBody>
    </form>
  );
}
