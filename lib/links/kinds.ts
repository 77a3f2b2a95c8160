import { z } from "zod";
import { measureLinkKinds, type MeasureLinkKind } from "./vocabulary";
import { uuidField, versionField } from "@/lib/forms/zod-fields";

export { measureLinkKinds, type MeasureLinkKind };

/**
 * The kinds of item that carry a measure out, with the column that holds the
 * target in `measure_links`. Evaluation rounds are internal: never in a
 * measure's public snapshot, never shown publicly.
 */
export const linkColumn = {
  euProject: "euProjectId",
  network: "networkId",
  advocacyActivity: "advocacyActivityId",
  governmentAsk: "governmentAskId",
  evaluationRound: "evaluationRoundId",
} as const satisfies Record<MeasureLinkKind, string>;

/** The kinds a measure's public snapshot carries (the others stay internal). */
export const publicLinkKinds = ["euProject", "network", "advocacyActivity", "governmentAsk"] as const satisfies readonly MeasureLinkKind[];
export type PublicLinkKind = (typeof publicLinkKinds)[number];
export const isPublicLinkKind = (k: MeasureLinkKind): k is PublicLinkKind => (publicLinkKinds as readonly string[]).includes(k);

/** A link as the measure's snapshot writes it: "euProject:<uuid>" (a string, so jsonb containment finds it). */
export const linkKey = (kind: MeasureLinkKind, id: string) => `${kind}:${id}`;
export function parseLinkKey(key: string): { kind: MeasureLinkKind; id: string } | null {
  const i = key.indexOf(":");
  const kind = key.slice(0, i) as MeasureLinkKind;
  return i > 0 && (measureLinkKinds as readonly string[]).includes(kind) ? { kind, id: key.slice(i + 1) } : null;
}

/** Staff page of a linked item (without the locale). */
export const staffHref = (kind: MeasureLinkKind, id: string): string =>
  ({
    euProject: `/staff/funding/projects/${id}`,
    network: `/staff/networks/${id}`,
    advocacyActivity: `/staff/advocacy/activities/${id}`,
    governmentAsk: `/staff/advocacy/asks/${id}`,
    evaluationRound: `/staff/evaluations/${id}`,
  })[kind];

/** Public page of a linked item (without the locale); actions and asks are listed on the advocacy page (asks by programme year). */
export const publicHref = (kind: PublicLinkKind, id: string, programmeYear?: number | null): string =>
  kind === "euProject" ? `/eu-projects/${id}` : kind === "network" ? `/networks/${id}` : kind === "governmentAsk" && programmeYear ? `/advocacy?year=${programmeYear}` : "/advocacy";

/**
 * Add or remove a link, from either side: `from` says whose page the form is
 * on, and `version` is that item's version (the form's lost-update guard).
 */
export const linkInput = z.strictObject({
  measureId: uuidField(),
  kind: z.enum(measureLinkKinds),
  targetId: uuidField(),
  from: z.enum(["measure", "target"]),
  version: versionField(),
});
export type LinkInput = z.output<typeof linkInput>;
