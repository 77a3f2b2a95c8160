"use client";

import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { ConfirmStep } from "@/components/ui/form/ConfirmStep";
import { useActionForm } from "@/components/ui/form/useActionForm";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;

/** Archive (never delete) with a confirmation step; carries the version. */
export function ArchiveButton({ action, id, version, label, confirm }: { action: Action; id: string; version: number; label: string; confirm: string }) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionFormBody state={state}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <ConfirmStep label={label} question={confirm} pending={pending} />
      </ActionFormBody>
    </form>
  );
}
