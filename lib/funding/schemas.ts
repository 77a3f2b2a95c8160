import { z } from "zod";
import { cellDate, cellFlexibleDate, cellText } from "@/lib/import-export/cells";
import { endsBefore } from "@/lib/strategy/dates";
import { checkbox, optionalUuid as optionalUuidField, uuidField, versionField } from "@/lib/forms/zod-fields";
import { zMoney } from "@/lib/money-zod";
import { statuses } from "./rules";
import { euProjectRoles as roles, followUpStatuses, managementModes, partnerRoles, riskLevels } from "./vocabulary";

/**
 * Input schemas of the EU funding forms (FormData strings), shared by the
 * server actions and the CSV import. Messages are i18n keys.
 */
export { euProjectRoles as roles, followUpStatuses, managementModes, riskLevels } from "./vocabulary";

const uuid = uuidField();
const optionalUuid = optionalUuidField();
const version = versionField();
const text = (max = 500) => cellText({ optional: true, max });
const required = (max = 500) => cellText({ optional: false, max });

/** "label | https://…" per line, or just the address. */
const links = z
  .preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(5000))
  .transform((value, ctx) => {
    const out: { label: string; url: string }[] = [];
    for (const line of value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
      const [a, b] = line.includes("|") ? line.split("|").map((s) => s.trim()) : ["", line];
      const url = b ?? "";
      if (!/^https?:\/\/[^\s]+$/i.test(url) || !URL.canParse(url)) {
        ctx.addIssue({ code: "custom", message: "errors.url" });
        return z.NEVER;
      }
      out.push({ label: a || new URL(url).hostname, url });
    }
    return out;
  });

/** Checks that need several fields: end not before start; the city's share not above the consortium total. */
type Checked = { startDate?: unknown; endDate?: unknown; totalBudgetCents?: unknown; euContributionCents?: unknown; stateFundingCents?: unknown; ownFundingCents?: unknown };
const num = (v: unknown) => (typeof v === "number" ? v : 0);

/**
 * Checks that need several fields: end not before start; the city's share
 * not above the consortium total. Run with `.check()` so they are reported
 * together with the other fields' errors (a field that failed is skipped).
 */
const projectRefinements = z.superRefine((value: Checked, ctx) => {
  if (endsBefore(value.endDate, value.startDate)) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "errors.endBeforeStart" });
  }
  const share = num(value.euContributionCents) + num(value.stateFundingCents) + num(value.ownFundingCents);
  if (typeof value.totalBudgetCents === "number" && share > value.totalBudgetCents) {
    ctx.addIssue({ code: "custom", path: ["totalBudgetCents"], message: "errors.sharesExceedTotal" });
  }
});

const projectFields = {
  externalId: required(80),
  nameFi: required(300),
  nameSv: text(300),
  nameEn: text(300),
  summaryFi: text(3000),
  summarySv: text(3000),
  summaryEn: text(3000),
  acronym: text(40),
  programmeId: uuid,
  call: text(200),
  role: z.enum(roles),
  totalBudgetCents: zMoney({ optional: true }),
  // Empty = not known (null), never 0.
  euContributionCents: zMoney({ optional: true }),
  stateFundingCents: zMoney({ optional: true }),
  ownFundingCents: zMoney({ optional: true }),
  // A day, a month (06/2022) or a year (2016); empty = not known.
  startDate: cellFlexibleDate({ optional: true }),
  endDate: cellFlexibleDate({ optional: true }),
  responsibleUnitId: optionalUuid,
  contactId: optionalUuid,
  cordisId: text(80),
  kohesioCode: text(80),
  decisionNumber: text(120),
  links,
  riskLevel: z.enum(riskLevels),
  internalNotes: text(5000),
};

export const createProjectInput = z
  .object({ ...projectFields, status: z.enum(statuses), statusDate: cellDate({ optional: true }) })
  .check(projectRefinements);
export const updateProjectInput = z.object({ id: uuid, version, ...projectFields }).check(projectRefinements);
export type ProjectInput = z.output<typeof updateProjectInput> | z.output<typeof createProjectInput>;

export const projectRef = z.object({ id: uuid, version });
export const returnInput = z.object({ id: uuid, version, comment: required(2000) });

export const statusInput = z.object({ id: uuid, version, status: z.enum(statuses), changedOn: cellDate(), note: text(1000) });

export const alignInput = z.object({
  id: uuid,
  version,
  priorityId: uuid,
  strength: z.coerce.number({ error: "errors.number" }).int().min(0).max(3),
  justification: required(2000),
});
export const unalignInput = z.object({ id: uuid, version, priorityId: uuid });

/** A project part's save (partner, reporting period, audit): the project at the version the form showed, the part's own id (absent on a new one) and its fields. */
const partInput = <K extends string, T extends z.ZodRawShape>(idField: K, shape: T) =>
  z.object({ id: uuid, version, ...({ [idField]: optionalUuid } as Record<K, typeof optionalUuid>), ...shape });
/** A project part's removal: the project at its version and the part's id. */
const partRef = <K extends string>(idField: K) => z.object({ id: uuid, version, ...({ [idField]: uuid } as Record<K, typeof uuid>) });

export const partnerInput = partInput("partnerId", {
  organisation: required(300),
  country: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.string().regex(/^[A-Z]{2}$/, "errors.countryCode")),
  role: z.enum(partnerRoles),
});
export const removePartnerInput = partRef("partnerId");

export const reportInput = partInput("reportId", {
  title: required(300),
  periodStart: cellDate({ optional: true }),
  periodEnd: cellDate({ optional: true }),
  dueDate: cellDate(),
  submittedOn: cellDate({ optional: true }),
  note: text(2000),
}).superRefine((v, ctx) => {
    if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "errors.endBeforeStart" });
  });
export const removeReportInput = partRef("reportId");

export const auditInput = partInput("auditId", {
  auditor: required(300),
  auditDate: cellDate(),
  findings: text(5000),
  followUpStatus: z.enum(followUpStatuses),
  followUpDue: cellDate({ optional: true }),
});
export const removeAuditInput = partRef("auditId");

export const programmeFields = {
  code: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.string().regex(/^[A-Z0-9+\-_.]{2,30}$/, "errors.programmeCode")),
  nameFi: required(200),
  nameSv: required(200),
  nameEn: text(200),
  managementMode: z.enum(managementModes),
  periodStart: z.coerce.number().int().min(2000).max(2100),
  periodEnd: z.coerce.number().int().min(2000).max(2100),
  active: checkbox(),
};
export const createProgrammeInput = z.object(programmeFields).refine((v) => v.periodEnd >= v.periodStart, { path: ["periodEnd"], message: "errors.endBeforeStart" });
export const updateProgrammeInput = z
  .object({ id: uuid, version, ...programmeFields })
  .refine((v) => v.periodEnd >= v.periodStart, { path: ["periodEnd"], message: "errors.endBeforeStart" });

