"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { insertFeedback } from "@/db/queries/public/feedback";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, type ActionResult } from "@/lib/actions/result";
import { clientAddress } from "@/lib/auth/rate-limit";
import { optionalText } from "@/lib/forms/zod-fields";
import { FEEDBACK_LIMITS, overFeedbackLimit, senderKey } from "@/lib/public/feedback-limits";

/** The page the feedback is about: a path on this site only (never a link elsewhere). */
const pagePath = z
  .string()
  .trim()
  .max(500)
  .optional()
  .nullable()
  .transform((v) => (v && /^\/(?!\/)[^\s\\]*$/.test(v) ? v : null));

async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers());
  } catch {
    return null; // outside a request (tests, jobs)
  }
}

/** Send feedback from the public site; anyone may, within the sending limits. */
export const submitFeedback = defineAction({
  name: "public.feedback.submit",
  input: z.object({
    kind: z.enum(["accessibility", "content", "other"]),
    message: z.string().trim().min(FEEDBACK_LIMITS.messageMin).max(FEEDBACK_LIMITS.messageMax),
    name: optionalText(200),
    email: z
      .string()
      .trim()
      .max(254)
      .optional()
      .nullable()
      .transform((v) => (v ? v : null))
      .pipe(z.email().nullable()),
    pagePath,
    locale: z.enum(["fi", "sv", "en"]).default("fi"),
    /** The hidden trap field: people leave it empty. */
    website: z.string().max(500).optional().nullable(),
  }),
  requires: [],
  allowAnonymous: true,
  run: async ({ tx, input, audit }) => {
    if (input.website) throw new ActionError("invalid", { key: "publicFeedback.rejected" });
    const key = senderKey(await requestAddress());
    if (await overFeedbackLimit(tx, key)) throw new ActionError("invalid", { key: "publicFeedback.tooMany" });
    const id = await insertFeedback(tx, { kind: input.kind, message: input.message, name: input.name, email: input.email, pagePath: input.pagePath, locale: input.locale, senderKey: key });
    if (!id) throw new Error("feedback not stored");
    // The message itself stays in its table (it may hold personal data); the history notes that one arrived.
    await audit({ entityType: "feedback", entityId: id, action: "create", version: 1, after: { kind: input.kind, locale: input.locale } });
    return { id };
  },
});

export type FeedbackFormState = ActionResult<{ id: string }> & { values?: { kind: string; message: string; name: string; email: string } };

/**
 * The form's entry point: sends through `submitFeedback` and, when refused,
 * gives the form back what the person wrote (the page may have come back
 * without JavaScript, where nothing else would keep it).
 */
export async function sendFeedback(prev: unknown, formData: FormData): Promise<FeedbackFormState> {
  const result = await submitFeedback(prev, formData);
  if (result.ok || !(formData instanceof FormData)) return result;
  const text = (name: string, max: number) => String(formData.get(name) ?? "").slice(0, max);
  return { ...result, values: { kind: text("kind", 20), message: text("message", FEEDBACK_LIMITS.messageMax), name: text("name", 200), email: text("email", 254) } };
}
