"use client";

import { ActionForm } from "@/components/ui/form/ActionForm";
import { TextArea } from "@/components/ui/form/Fields";
import { COMMENTARY_MAX } from "@/lib/dashboard/commentary";
import { saveCommentary } from "../actions";

export type CommentaryLabels = { summary: string; field: string; help: string; save: string; saved: string; lastSaved?: string };

/**
 * A coordinator's commentary on one section of the briefing, before the PDF
 * is taken. The hidden version is the one the page was read at, so a save
 * over someone else's newer text is refused (and the form keeps the input).
 */
export function CommentaryForm({ periodId, goalId, section, body, version, labels }: { periodId: string; goalId?: string; section: string; body: string; version: number; labels: CommentaryLabels }) {
  return (
    <details className="mb-6 border-2 border-line p-3" open={!body || undefined}>
      <summary className="cursor-pointer font-semibold text-bus">{labels.summary}</summary>
      <ActionForm action={saveCommentary} submitLabel={labels.save} success={labels.saved} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="periodId" value={periodId} />
        <input type="hidden" name="goalId" value={goalId ?? ""} />
        <input type="hidden" name="section" value={section} />
        <input type="hidden" name="version" value={version} />
        <TextArea name="body" label={labels.field} hint={labels.help} defaultValue={body} maxLength={COMMENTARY_MAX} rows={3} />
        {labels.lastSaved ? <p className="text-body-s text-muted">{labels.lastSaved}</p> : null}
      </ActionForm>
    </details>
  );
}
