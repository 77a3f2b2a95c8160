import type { PublicAreaAction, PublicAreaAsk, PublicAreaNetwork, PublicAreaProject, PublicAreas } from "@/db/queries/public/areas";
import type { LocalizedText } from "@/db/schema/common";
import { centsToDecimalString } from "@/lib/money";
import { isoAtPrecision } from "@/lib/strategy/dates";
import { publicLinks } from "@/lib/public/links";
import type { SiteUrl } from "./serialize";

/**
 * Open-data records of the other areas (API version 1): EU projects with the
 * priorities they serve and how strongly, networks with Helsinki's roles,
 * advocacy actions and government-programme asks with their outcomes. Built
 * from the published snapshots only; texts as published in fi, sv and en;
 * money as an exact decimal string of euros (never a float). Links to
 * priorities that are not public are dropped.
 */
const text = (t: LocalizedText | null | undefined) => (t ? { fi: t.fi, sv: t.sv ?? null, en: t.en ?? null } : null);

/** Alignment strength of 2 or more counts a project's money as serving the strategy (the aligned share's definition). */
export const ALIGNED_STRENGTH = 2;

export function euProjectRecord(p: PublicAreaProject, areas: PublicAreas, publicPriorities: Set<string>, url: SiteUrl) {
  const programme = areas.programmes.get(p.programmeId);
  return {
    id: p.id,
    name: text(p.name),
    acronym: p.acronym ?? null,
    summary: text(p.summary),
    programme: programme ? { id: programme.id, code: programme.code, name: text(programme.name) } : null,
    status: p.status,
    role: p.role,
    // Unknown is not zero: null when no source gives Helsinki's share.
    euContribution: p.euContributionCents === null || p.euContributionCents === undefined ? null : centsToDecimalString(p.euContributionCents),
    currency: "EUR",
    // Each at the precision it is known ("2017", "2017-06", "2017-06-01"), like a network's statusSince; null = not known.
    startDate: isoAtPrecision(p.startDate, p.startPrecision ?? "day"),
    startPrecision: p.startPrecision ?? "day",
    endDate: isoAtPrecision(p.endDate, p.endPrecision ?? "day"),
    endPrecision: p.endPrecision ?? "day",
    isDemo: Boolean(p.isDemo),
    priorities: (p.alignments ?? [])
      .filter((a) => publicPriorities.has(a.priorityId))
      .map((a) => ({ priorityId: a.priorityId, strength: a.strength, aligned: a.strength >= ALIGNED_STRENGTH })),
    url: url(publicLinks.euProject(p.id)),
    publishedAt: p.publishedAt,
  };
}

export function networkRecord(n: PublicAreaNetwork, publicPriorities: Set<string>, url: SiteUrl) {
  return {
    id: n.id,
    name: text(n.name),
    description: text(n.description),
    type: n.type,
    website: n.website ?? null,
    countryCode: n.countryCode ?? null,
    status: n.status,
    // At the precision it is known: "1994", "2022-06" or "2022-06-15" (never widened to 1 January).
    statusSince: isoAtPrecision(n.statusSince, n.statusSincePrecision ?? "day"),
    statusSincePrecision: n.statusSincePrecision ?? "day",
    annualFee: n.annualFeeCents === null || n.annualFeeCents === undefined ? null : centsToDecimalString(n.annualFeeCents),
    feeCurrency: n.feeCurrency,
    // Each end at the precision it is known ("2023", "2023-06", "2023-06-15"), like statusSince.
    roles: (n.roles ?? []).map((r) => ({
      title: text(r.title),
      body: text(r.body),
      startDate: isoAtPrecision(r.startDate, r.startPrecision ?? "day"),
      startPrecision: r.startPrecision ?? "day",
      endDate: isoAtPrecision(r.endDate, r.endPrecision ?? "day"),
      endPrecision: r.endPrecision ?? "day",
    })),
    priorityIds: (n.priorityIds ?? []).filter((id) => publicPriorities.has(id)),
    url: url(publicLinks.network(n.id)),
    publishedAt: n.publishedAt,
  };
}

export function advocacyActionRecord(a: PublicAreaAction, url: SiteUrl) {
  return {
    id: a.id,
    type: a.type,
    priorityId: a.priorityId,
    title: text(a.title),
    summary: text(a.summary),
    date: a.date ?? null,
    audience: a.audience ?? null,
    consultation: a.consultation ?? null,
    ministry: a.ministry ?? null,
    deadline: a.deadline ?? null,
    links: (a.links ?? []).map((l) => ({ label: l.label, url: l.url })),
    outcome: text(a.outcome),
    url: url(publicLinks.action(a.id, a.type)),
    publishedAt: a.publishedAt,
  };
}

export function advocacyAskRecord(a: PublicAreaAsk, url: SiteUrl) {
  return {
    id: a.id,
    programmeYear: a.programmeYear,
    priorityId: a.priorityId,
    wording: text(a.wording),
    justification: text(a.justification),
    target: text(a.target),
    outcome: a.outcome,
    evidence: text(a.evidence),
    evidenceRef: a.evidenceRef ?? null,
    url: url(publicLinks.ask(a.id)),
    publishedAt: a.publishedAt,
  };
}
