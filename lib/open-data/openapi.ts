import { activityTypes, askOutcomes } from "@/lib/advocacy/vocabulary";
import { statuses as euProjectStatuses } from "@/lib/funding/rules";
import { roles as euProjectRoles } from "@/lib/funding/schemas";
import { membershipStatuses, networkTypes } from "@/lib/networks/status";
import { API_VERSION, ATTRIBUTION, LICENSE } from "./respond";

/**
 * The OpenAPI 3.1 description of open data v1, written out by hand so that
 * it documents the contract rather than whatever the code happens to emit
 * (tests/public/open-data.test.ts checks that every record matches it).
 */
const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const uuid = { type: "string", format: "uuid" };
const int = { type: "integer" };
const date = { type: ["string", "null"], format: "date", description: "ISO date; with precision `month` only the year and month are meaningful (e.g. due 06/2022)." };
const ts = { type: ["string", "null"], format: "date-time", description: "When this version was published." };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableRef = (name: string) => ({ oneOf: [ref(name), { type: "null" }] });
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({ type: "object", required, properties, additionalProperties: false });
const statuses = ["not_started", "on_schedule", "late", "completed", "cancelled", "postponed"];
const progress = { type: ["integer", "null"], minimum: 0, maximum: 100, description: "Per cent; a goal's and a priority's are rolled up from their measures (weighted, cancelled measures excluded); null when there is nothing to roll up." };

export const schemas: Record<string, Record<string, unknown>> = {
  LocalizedText: obj({ fi: str, sv: nullableStr, en: nullableStr }),
  Period: obj({ id: uuid, name: ref("LocalizedText"), startYear: int, endYear: int, publishedAt: ts }),
  Goal: obj({
    id: uuid,
    periodId: uuid,
    scope: { type: "string", enum: ["international", "eu", "national"] },
    title: ref("LocalizedText"),
    description: nullableRef("LocalizedText"),
    progress,
    measureCount: int,
    measuresByStatus: { type: "object", additionalProperties: int, description: "Number of measures per status checked against the dates (a measure whose due date or unfinished milestone's date has passed counts as late); statuses with none are left out." },
    priorityIds: { type: "array", items: uuid },
    url: { type: "string", format: "uri" },
    publishedAt: ts,
  }),
  Priority: obj({ id: uuid, goalId: uuid, title: ref("LocalizedText"), description: nullableRef("LocalizedText"), progress, measureCount: int, url: { type: "string", format: "uri" }, publishedAt: ts }),
  Milestone: obj({ id: uuid, title: ref("LocalizedText"), dueDate: date, duePrecision: { type: "string", enum: ["day", "month"] }, state: { type: "string", enum: ["planned", "in_progress", "done", "cancelled"] } }),
  Measure: obj({
    id: uuid,
    goalId: uuid,
    priorityIds: { type: "array", items: uuid },
    title: ref("LocalizedText"),
    description: nullableRef("LocalizedText"),
    status: { type: "string", enum: statuses, description: "The status its editor reported." },
    checkedStatus: { type: "string", enum: statuses, description: "The status checked against the dates: `late` when the measure is unfinished and its due date or an unfinished milestone's date has passed (a month date such as 06/2022 lasts to the month's end; Helsinki calendar days), else `status`." },
    late: {
      oneOf: [
        obj({
          reason: { type: "string", enum: ["reported", "due", "milestone"], description: "`reported`: its editor reported it late; `due`: its due date passed; `milestone`: an unfinished milestone's date passed." },
          date: date,
          precision: { type: ["string", "null"], enum: ["day", "month", null] },
        }),
        { type: "null" },
      ],
      description: "Why the measure is late; null when it is not.",
    },
    lastUpdate: { ...date, description: "Date of its latest published progress update; null when there is none." },
    stale: { type: "boolean", description: "Unfinished and no published progress update for longer than the site's limit (90 days by default)." },
    progress: { type: "integer", minimum: 0, maximum: 100 },
    weight: { type: "integer", description: "Relative weight in the roll-up of progress." },
    startDate: date,
    startPrecision: { type: "string", enum: ["day", "month"] },
    dueDate: date,
    duePrecision: { type: "string", enum: ["day", "month"] },
    responsibleUnit: { oneOf: [obj({ id: uuid, name: ref("LocalizedText") }), { type: "null" }] },
    milestones: { type: "array", items: ref("Milestone") },
    url: { type: "string", format: "uri" },
    publishedAt: ts,
  }),
  ProgressUpdate: obj({ id: uuid, measureId: uuid, date: { type: "string", format: "date" }, body: ref("LocalizedText"), publishedAt: ts }),
  DatedValue: obj({ date: { type: "string", format: "date" }, value: { type: "string", description: "Exact decimal number as text (never rounded)." } }),
  ComputedValue: obj({
    date: { type: "string", format: "date" },
    value: { type: "string", description: "Exact decimal number as text (never rounded)." },
    unknown: { type: "integer", description: "Computed indicators only: how many items were left out of the value because their amount is not known (e.g. projects whose EU share is not known); never counted as zero." },
  }, ["date", "value"]),
  Indicator: obj({
    id: uuid,
    periodId: uuid,
    title: ref("LocalizedText"),
    description: nullableRef("LocalizedText"),
    unit: ref("LocalizedText"),
    decimals: int,
    values: { type: "array", items: ref("ComputedValue") },
    targets: { type: "array", items: ref("DatedValue") },
    measureIds: { type: "array", items: uuid },
    priorityIds: { type: "array", items: uuid },
    source: { type: "string", enum: ["manual", "computed", "external"], description: "manual: recorded by the city; computed: counted from this service's published data when read; external: from the named source." },
    computation: { type: ["string", "null"], enum: ["euSecuredPerYear", "statementsPerYear", "networksWithRole", null] },
    sourceName: { type: ["string", "null"] },
    sourceUrl: { type: ["string", "null"], format: "uri" },
    direction: { type: ["string", "null"], enum: ["up", "down", "keep", null], description: "Which way is better; null: not stated." },
    baseline: { oneOf: [ref("DatedValue"), { type: "null" }], description: "The starting point; null: not known (never zero)." },
    url: { type: "string", format: "uri" },
    publishedAt: ts,
  }),
  IndicatorValue: obj(
    { id: str, indicatorId: uuid, kind: { type: "string", enum: ["actual", "target"] }, date: { type: "string", format: "date" }, value: { type: "string" }, unknown: { type: "integer", description: "Computed indicators only: items left out of the value because their amount is not known." } },
    ["id", "indicatorId", "kind", "date", "value"],
  ),
  EuProject: obj({
    id: uuid,
    name: ref("LocalizedText"),
    acronym: nullableStr,
    summary: nullableRef("LocalizedText"),
    programme: { oneOf: [obj({ id: uuid, code: str, name: ref("LocalizedText") }), { type: "null" }] },
    status: { type: "string", enum: [...euProjectStatuses] },
    role: { type: "string", enum: [...euProjectRoles], description: "Helsinki's role in the project." },
    euContribution: { type: ["string", "null"], description: "EU contribution to Helsinki in euros, an exact decimal number as text (e.g. \"1250000.50\"), never rounded; null when no source gives it (not known, which is not zero)." },
    currency: { const: "EUR" },
    startDate: { type: ["string", "null"], pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "Start at the precision it is known: \"2017\" (year), \"2017-06\" (month) or \"2017-06-01\" (day); see `startPrecision`. null when no source gives it (not known; never a default day)." },
    startPrecision: { type: "string", enum: ["day", "month", "year"], description: "How exactly `startDate` is known." },
    endDate: { type: ["string", "null"], pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "End at the precision it is known (a month or a year end means its last day); see `endPrecision`. null when not known." },
    endPrecision: { type: "string", enum: ["day", "month", "year"], description: "How exactly `endDate` is known." },
    isDemo: { type: "boolean", description: "true: demo data the city did not write (in a demo installation)." },
    priorities: {
      type: "array",
      description: "The public priorities the project serves, strongest first. Strength 0–3; `aligned` (strength ≥ 2) is what counts the project's money as serving the strategy in the aligned share.",
      items: obj({ priorityId: uuid, strength: { type: "integer", minimum: 0, maximum: 3 }, aligned: { type: "boolean" } }),
    },
    url: { type: "string", format: "uri" },
    publishedAt: ts,
  }),
  NetworkRole: obj({
    title: ref("LocalizedText"),
    body: { ...nullableRef("LocalizedText"), description: "The body the role is held in (e.g. the Executive Committee); null when the role is the network's own." },
    startDate: { type: ["string", "null"], pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "Start of the term at the precision it is known: \"2023\", \"2023-06\" or \"2023-06-15\"; null when not known." },
    startPrecision: { type: "string", enum: ["day", "month", "year"] },
    endDate: { type: ["string", "null"], pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "End of the term at the precision it is known; null while the role goes on." },
    endPrecision: { type: "string", enum: ["day", "month", "year"] },
  }),
  Network: obj({
    id: uuid,
    name: ref("LocalizedText"),
    description: nullableRef("LocalizedText"),
    type: { type: "string", enum: [...networkTypes] },
    website: nullableStr,
    countryCode: { type: ["string", "null"], description: "ISO 3166-1 alpha-2." },
    status: { type: "string", enum: [...membershipStatuses], description: "Helsinki's membership status." },
    statusSince: {
      type: ["string", "null"],
      pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
      description: "Since when the status holds, written at the precision it is known: \"1994\" (year), \"2022-06\" (month) or \"2022-06-15\" (day); see `statusSincePrecision`. null when no source gives it (not known; never a default day).",
    },
    statusSincePrecision: { type: "string", enum: ["day", "month", "year"], description: "How exactly `statusSince` is known." },
    annualFee: { type: ["string", "null"], description: "Annual fee as an exact decimal number as text, in `feeCurrency`; null when not known." },
    feeCurrency: str,
    roles: { type: "array", items: ref("NetworkRole"), description: "Helsinki's roles in the network (e.g. chairs a working group)." },
    priorityIds: { type: "array", items: uuid },
    url: { type: "string", format: "uri" },
    publishedAt: ts,
  }),
  AdvocacyAction: obj({
    id: uuid,
    type: { type: "string", enum: [...activityTypes] },
    priorityId: uuid,
    title: ref("LocalizedText"),
    summary: nullableRef("LocalizedText"),
    date: { ...date, description: "When it happened; for a statement, when it was given." },
    audience: nullableStr,
    consultation: nullableStr,
    ministry: nullableStr,
    deadline: { ...date, description: "A consultation's deadline (statements)." },
    links: { type: "array", items: obj({ label: str, url: str }) },
    outcome: nullableRef("LocalizedText"),
    url: { type: "string", format: "uri" },
    publishedAt: ts,
  }),
  AdvocacyAsk: obj({
    id: uuid,
    programmeYear: int,
    priorityId: uuid,
    wording: ref("LocalizedText"),
    justification: nullableRef("LocalizedText"),
    target: nullableRef("LocalizedText"),
    outcome: { type: "string", enum: [...askOutcomes], description: "Whether the government programme adopted the ask: adopted, partly (adopted in part), not_adopted, or pending (no programme yet)." },
    evidence: { ...nullableRef("LocalizedText"), description: "The programme's own wording, quoted as evidence of the outcome." },
    evidenceRef: nullableStr,
    url: { type: "string", format: "uri" },
    publishedAt: ts,
  }),
  Report: obj({
    id: uuid,
    periodId: uuid,
    name: ref("LocalizedText"),
    cutOffDate: { type: "string", format: "date", description: "The day the report tells the situation of." },
    previousReportId: { type: ["string", "null"], format: "uuid", description: "The period's previous published report, for comparison." },
    measureCount: int,
    url: { type: "string", format: "uri" },
    publishedAt: ts,
  }),
  ReportEntry: obj({
    id: { type: "string", description: "`<reportId>:<measureId>`" },
    reportId: uuid,
    measureId: uuid,
    goalId: uuid,
    priorityIds: { type: "array", items: uuid },
    title: ref("LocalizedText"),
    narrative: { ...nullableRef("LocalizedText"), description: "What was done, as written for the round; null when nothing was written." },
    status: { type: "string", enum: statuses, description: "The status its editor reported in the round." },
    checkedStatus: { type: "string", enum: statuses, description: "Checked against the report's cut-off date: `late` when the due date or an unfinished milestone's date had passed." },
    late: { oneOf: [obj({ reason: { type: "string", enum: ["reported", "due", "milestone"] }, date: date, precision: { type: ["string", "null"], enum: ["day", "month", null] } }), { type: "null" }] },
    progress: { type: "integer", minimum: 0, maximum: 100 },
    dueDate: date,
    duePrecision: { type: "string", enum: ["day", "month"] },
    writtenAt: { type: ["string", "null"], format: "date-time" },
  }),
  Meta: {
    type: "object",
    required: ["apiVersion", "license", "attribution"],
    properties: {
      apiVersion: { const: API_VERSION },
      license: obj({ name: str, url: str }),
      attribution: str,
      resource: str,
      count: { ...int, description: "Items in this response." },
      page: { ...int, description: "Paged lists only: this page (from 1)." },
      pageSize: { ...int, description: "Paged lists only: items per page." },
      pages: { ...int, description: "Paged lists only: how many pages there are." },
      total: { ...int, description: "Paged lists only: items in the whole list (with the filters)." },
    },
  },
  Error: obj({ error: str, detail: nullableStr, meta: { type: "object" } }),
};

/** Resource → its record schema, a description and its filters (query parameters). */
export const documented: Record<string, { schema: string; summary: string; filters: Record<string, string>; paged?: { size: number; maxSize: number } }> = {
  periods: { schema: "Period", summary: "Strategy periods (council terms).", filters: {} },
  goals: { schema: "Goal", summary: "Goals with their progress rolled up from their published measures.", filters: { period: "Period id", scope: "international, eu or national" } },
  priorities: { schema: "Priority", summary: "Priorities under the goals, with rolled-up progress.", filters: { goal: "Goal id" } },
  measures: { schema: "Measure", summary: "Measures: status, progress, dates, responsible unit, milestones.", filters: { goal: "Goal id", priority: "Priority id", status: `Reported status: ${statuses.join(", ")}`, checkedStatus: "Status checked against the dates (same values)", late: "true or false", unit: "Responsible unit id" } },
  "progress-updates": { schema: "ProgressUpdate", summary: "Dated, published progress updates of measures.", filters: { measure: "Measure id" } },
  indicators: { schema: "Indicator", summary: "Indicators with their values and targets by date.", filters: { period: "Period id", priority: "Priority id", measure: "Measure id" } },
  "indicator-values": { schema: "IndicatorValue", summary: "Every indicator value and target as its own row (long format, handy as CSV).", filters: { indicator: "Indicator id", kind: "actual or target" } },
  "eu-projects": {
    schema: "EuProject",
    summary: "Published EU projects: programme, status, Helsinki's role, EU contribution (exact euros), dates and the priorities each serves with its alignment strength.",
    filters: { programme: "Programme id or code (e.g. ERDF)", status: euProjectStatuses.join(", "), role: euProjectRoles.join(", "), priority: "Priority id" },
  },
  networks: {
    schema: "Network",
    summary: "Published international networks: type, membership status, annual fee, Helsinki's roles and related priorities.",
    filters: { type: networkTypes.join(", "), status: membershipStatuses.join(", "), priority: "Priority id", country: "ISO country code" },
  },
  "advocacy-actions": {
    schema: "AdvocacyAction",
    summary: "Published advocacy actions: statements given to consultations, meetings, proposals and position papers, with their dates and outcomes.",
    filters: { type: activityTypes.join(", "), priority: "Priority id" },
  },
  "advocacy-asks": {
    schema: "AdvocacyAsk",
    summary: "Every published government-programme ask with its outcome (adopted, partly, not_adopted, pending) and the programme's wording as evidence.",
    filters: { outcome: askOutcomes.join(", "), priority: "Priority id", year: "Programme year, e.g. 2023" },
  },
};

// Follow-up reports (issue 12).
documented.reports = { schema: "Report", summary: "Published follow-up reports (reporting rounds), frozen as published.", filters: { period: "Period id" } };
documented["report-entries"] = {
  schema: "ReportEntry",
  summary: "Each measure's entry in the published follow-up reports: the round's narrative, status, status checked against the cut-off date, and progress. Paged (a report may hold thousands of measures): newest report first, each in the report's order.",
  filters: { report: "Report id", measure: "Measure id", goal: "Goal id", checkedStatus: statuses.join(", ") },
  paged: { size: 500, maxSize: 1000 },
};

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, unknown> = {};
  for (const [name, doc] of Object.entries(documented)) {
    const parameters: Record<string, unknown>[] = Object.entries(doc.filters).map(([p, description]) => ({ name: p, in: "query", required: false, description, schema: { type: "string" } }));
    if (doc.paged) {
      parameters.push(
        { name: "page", in: "query", required: false, description: "The page, from 1 (default 1). The `Link` header names the next and previous pages; `meta` gives page, pageSize, pages and total.", schema: { type: "integer", minimum: 1, default: 1 } },
        { name: "pageSize", in: "query", required: false, description: `Items per page (default ${doc.paged.size}, at most ${doc.paged.maxSize}).`, schema: { type: "integer", minimum: 1, maximum: doc.paged.maxSize, default: doc.paged.size } },
      );
    }
    const linkHeader = doc.paged ? { Link: { description: "rel=\"next\" / rel=\"prev\": the neighbouring pages.", schema: str }, "X-Total-Count": { description: "Items in the whole list.", schema: str } } : {};
    const listSchema = { type: "object", required: ["data", "meta"], properties: { data: { type: "array", items: ref(doc.schema) }, meta: ref("Meta") } };
    const cache = { ETag: { schema: str }, "Cache-Control": { schema: str }, ...linkHeader };
    paths[`/${name}`] = {
      get: {
        summary: doc.summary,
        operationId: `list_${name.replace(/-/g, "_")}`,
        parameters,
        responses: { 200: { description: "The list (JSON).", headers: cache, content: { "application/json": { schema: listSchema } } }, 304: { description: "Not modified (If-None-Match)." }, 400: { description: doc.paged ? "Unknown filter, or a page or page size out of range." : "Unknown filter.", content: { "application/json": { schema: ref("Error") } } } },
      },
    };
    paths[`/${name}.csv`] = {
      get: {
        summary: `${doc.summary} As CSV (UTF-8, comma-separated, texts in columns _fi, _sv, _en).`,
        operationId: `list_${name.replace(/-/g, "_")}_csv`,
        parameters,
        responses: { 200: { description: "The list (CSV).", headers: cache, content: { "text/csv": { schema: str } } } },
      },
    };
    paths[`/${name}/{id}`] = {
      get: {
        summary: `One item of ${name}.`,
        operationId: `get_${name.replace(/-/g, "_")}`,
        parameters: [{ name: "id", in: "path", required: true, schema: str }],
        responses: {
          200: { description: "The item.", content: { "application/json": { schema: { type: "object", properties: { data: ref(doc.schema), meta: ref("Meta") } } } } },
          404: { description: "No such published item.", content: { "application/json": { schema: ref("Error") } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Helsinki advocacy and international cooperation: open data",
      version: `${API_VERSION}.0.0`,
      description:
        "The published content of the City of Helsinki's follow-up of advocacy and international cooperation: goals, priorities, measures, progress updates and indicators; EU projects and how they serve the priorities; international networks and Helsinki's roles in them; advocacy actions and government-programme asks with their outcomes. Read-only; only published, public content. Texts in Finnish, Swedish and English (null where not translated). Version 1 only grows: fields may be added, none removed or renamed.",
      license: { name: LICENSE.name, url: LICENSE.url },
      contact: { name: ATTRIBUTION },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: { schemas },
  };
}
