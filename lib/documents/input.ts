import { z } from "zod";
import { documentKinds, documentParentKinds } from "./vocabulary";
import { dayDate, localizedShape, optionalText, uuidField, versionField } from "@/lib/forms/zod-fields";
import { isDecisionUrl } from "./files";

/**
 * The document forms' fields. The file itself is read and checked by content
 * in the action (lib/documents/write.ts): zod only sees that a file was sent.
 */
const fileField = z.instanceof(Blob, { message: "errors.fileRequired" });
const optionalFile = z.instanceof(Blob).optional();

const decisionUrl = z
  .string()
  .trim()
  .max(500)
  .optional()
  .nullable()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isDecisionUrl(v), { message: "errors.decisionUrl" });

const decisionFields = {
  decisionUrl,
  decisionNumber: optionalText(100),
  decisionDate: z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v?.trim() ? v.trim() : null))
    .pipe(dayDate().nullable()),
  decisionBody: optionalText(200),
};

const describing = {
  kind: z.enum(documentKinds),
  ...localizedShape("title", 300, true),
  visibility: z.enum(["public", "internal"]),
  ...decisionFields,
};

/** A decision link needs its number and date (the body is optional); number or date without the link are kept as typed. */
const decisionComplete = <T extends { decisionUrl: string | null; decisionNumber: string | null; decisionDate: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (!v.decisionUrl) return;
  if (!v.decisionNumber) ctx.addIssue({ code: "custom", message: "errors.required", path: ["decisionNumber"] });
  if (!v.decisionDate) ctx.addIssue({ code: "custom", message: "errors.required", path: ["decisionDate"] });
};

export const documentCreateInput = z
  .object({ parentKind: z.enum(documentParentKinds), parentId: uuidField(), ...describing, file: optionalFile })
  .superRefine((v, ctx) => {
    decisionComplete(v, ctx);
    // A document is a file, or a decision kept as its archive link.
    if (!v.file && !v.decisionUrl) ctx.addIssue({ code: "custom", message: "errors.fileRequired", path: ["file"] });
  });

export const documentUpdateInput = z.object({ id: uuidField(), version: versionField(), ...describing }).superRefine(decisionComplete);

export const documentVersionInput = z.object({ id: uuidField(), version: versionField(), file: fileField });

