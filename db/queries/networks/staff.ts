import "server-only";
import { and, asc, desc, eq, inArray, isNull, isNotNull, sql, type SQL } from "drizzle-orm";
import { fetchPage, type Sort } from "@/lib/paging";
import type { Db, Tx } from "../../client";
import {
  goals,
  networkContacts,
  networkParticipation,
  networkPriorities,
  networkReviewItems,
  networkReviewRounds,
  networkReviewScores,
  networkRoles,
  networks,
  networkStatusChanges,
  priorities,
  strategyPeriods,
  units,
  users,
} from "../../schema";
import { aggregateItem } from "@/lib/networks/review";
import { countWhere, localizedContains, localizedSortKey, sortDirection } from "../paging";

export type NetworkFilters = { type?: string; status?: string; unitId?: string; priorityId?: string; q?: string; state?: string };

/** A network's columns that every staff list and the export show: what it is, its status, what it costs. */
export const networkSummaryColumns = {
  id: networks.id,
  name: networks.name,
  type: networks.type,
  status: networks.status,
  statusSince: networks.statusSince,
  statusSincePrecision: networks.statusSincePrecision,
  annualFeeCents: networks.annualFeeCents,
  feeCurrency: networks.feeCurrency,
  staffDays: networks.staffDays,
};

/** Every network that is not archived, with the fields the staff list shows (working copies). */
export async function listNetworksForStaff(db: Db, filters: NetworkFilters = {}) {
  const rows = await db
    .select({
      ...networkSummaryColumns,
      countryCode: networks.countryCode,
      responsibleUnitId: networks.responsibleUnitId,
      reviewState: networks.reviewState,
      publishedAt: networks.publishedAt,
      version: networks.version,
      publishedVersion: networks.publishedVersion,
    })
    .from(networks)
    .where(isNull(networks.archivedAt))
    .orderBy(asc(networks.type));
  const ids = rows.map((r) => r.id);
  const [links, contacts] = ids.length
    ? await Promise.all([
        db.select().from(networkPriorities).where(inArray(networkPriorities.networkId, ids)),
        db.select().from(networkContacts).where(inArray(networkContacts.networkId, ids)),
      ])
    : [[], []];
  const q = filters.q?.trim().toLowerCase();
  return rows
    .map((r) => ({
      ...r,
      priorityIds: links.filter((l) => l.networkId === r.id).map((l) => l.priorityId),
      contactIds: contacts.filter((c) => c.networkId === r.id).map((c) => c.userId),
    }))
    .filter(
      (r) =>
        (!filters.type || r.type === filters.type) &&
        (!filters.status || r.status === filters.status) &&
        (!filters.unitId || r.responsibleUnitId === filters.unitId) &&
        (!filters.state || r.reviewState === filters.state) &&
        (!filters.priorityId || r.priorityIds.includes(filters.priorityId)) &&
        (!q || Object.values(r.name).some((v) => typeof v === "string" && v.toLowerCase().includes(q))),
    )
    .sort((a, b) => a.name.fi.localeCompare(b.name.fi, "fi"));
}

export type StaffNetworkRow = Awaited<ReturnType<typeof listNetworksForStaff>>[number];

/** Sort keys of the staff registry (`?sort=`). */
export const networkSorts = ["name", "type", "status", "fee", "days"] as const;
export type NetworkSort = (typeof networkSorts)[number];

/** The registry's filters as one SQL condition (name in any language, any case). */
function networkConditions(f: NetworkFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [isNull(networks.archivedAt)];
  if (f.type) where.push(sql`${networks.type}::text = ${f.type}`);
  if (f.status) where.push(sql`${networks.status}::text = ${f.status}`);
  if (f.unitId) where.push(eq(networks.responsibleUnitId, f.unitId));
  if (f.state) where.push(sql`${networks.reviewState}::text = ${f.state}`);
  if (f.priorityId) where.push(sql`exists (select 1 from network_priorities np where np.network_id = ${networks.id} and np.priority_id = ${f.priorityId})`);
  where.push(localizedContains(networks.name, f.q));
  return and(...where);
}

/**
 * One page of the registry, filtered and sorted in SQL; contacts only for the page's rows (for "yours"),
 * and only when asked (`contacts: false` leaves every row's `contactIds` empty and saves the round trip).
 */
export async function pageNetworksForStaff(db: Db, filters: NetworkFilters, opts: { page: number; sort: Sort<NetworkSort>; locale: string; contacts?: boolean }) {
  const where = networkConditions(filters);
  const name = localizedSortKey(networks.name, opts.locale);
  const d = sortDirection(opts.sort);
  const order: SQL = {
    name: sql`${name} ${d}`,
    type: sql`${networks.type} ${d}, ${name}`,
    status: sql`${networks.status} ${d}, ${name}`,
    fee: sql`${networks.annualFeeCents} ${d} nulls last, ${name}`,
    days: sql`${networks.staffDays} ${d} nulls last, ${name}`,
  }[opts.sort.key];
  const page = await fetchPage(
    opts.page,
    (limit, offset) =>
      db
        .select({
          ...networkSummaryColumns,
          responsibleUnitId: networks.responsibleUnitId,
          reviewState: networks.reviewState,
        })
        .from(networks)
        .where(where)
        .orderBy(order, asc(networks.id))
        .limit(limit)
        .offset(offset),
    countWhere(db, networks, where),
  );
  const ids = page.rows.map((r) => r.id);
  const contacts = ids.length && opts.contacts !== false ? await db.select().from(networkContacts).where(inArray(networkContacts.networkId, ids)) : [];
  return { ...page, rows: page.rows.map((r) => ({ ...r, contactIds: contacts.filter((c) => c.networkId === r.id).map((c) => c.userId) })) };
}

/** One network with everything staff see on its page. */
export async function getNetworkForStaff(db: Db, id: string) {
  const [network] = await db.select().from(networks).where(eq(networks.id, id));
  if (!network) return null;
  const [contacts, priorityLinks, roles, statusChanges, participation, reviewHistory] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, email: users.email })
      .from(networkContacts)
      .innerJoin(users, eq(users.id, networkContacts.userId))
      .where(eq(networkContacts.networkId, id)),
    db.select({ priorityId: networkPriorities.priorityId }).from(networkPriorities).where(eq(networkPriorities.networkId, id)),
    db.select().from(networkRoles).where(eq(networkRoles.networkId, id)).orderBy(asc(networkRoles.startDate)),
    db
      .select({
        id: networkStatusChanges.id,
        status: networkStatusChanges.status,
        changedOn: networkStatusChanges.changedOn,
        changedOnPrecision: networkStatusChanges.changedOnPrecision,
        note: networkStatusChanges.note,
        createdAt: networkStatusChanges.createdAt,
      })
      .from(networkStatusChanges)
      .where(eq(networkStatusChanges.networkId, id))
      // A change whose date is not known comes first (typically the membership of a file with no date), then by date and entry.
      .orderBy(sql`${networkStatusChanges.changedOn} asc nulls first`, asc(networkStatusChanges.createdAt)),
    db
      .select({
        id: networkParticipation.id,
        occurredOn: networkParticipation.occurredOn,
        kind: networkParticipation.kind,
        title: networkParticipation.title,
        participants: networkParticipation.participants,
        outcome: networkParticipation.outcome,
        createdBy: networkParticipation.createdBy,
      })
      .from(networkParticipation)
      .where(eq(networkParticipation.networkId, id))
      .orderBy(desc(networkParticipation.occurredOn), desc(networkParticipation.createdAt)),
    reviewHistoryOf(db, id),
  ]);
  return { ...network, contacts, priorityIds: priorityLinks.map((p) => p.priorityId), roles, statusChanges, participation, reviewHistory };
}

export type StaffNetwork = NonNullable<Awaited<ReturnType<typeof getNetworkForStaff>>>;

/** Every round the network was reviewed in, newest first, with its scores aggregated. */
export async function reviewHistoryOf(db: Db, networkId: string) {
  const items = await db
    .select({
      itemId: networkReviewItems.id,
      roundId: networkReviewRounds.id,
      roundName: networkReviewRounds.name,
      roundStatus: networkReviewRounds.status,
      openedOn: networkReviewRounds.openedOn,
      decision: networkReviewItems.decision,
      decidedOn: networkReviewItems.decidedOn,
      decisionNote: networkReviewItems.decisionNote,
    })
    .from(networkReviewItems)
    .innerJoin(networkReviewRounds, eq(networkReviewRounds.id, networkReviewItems.roundId))
    .where(eq(networkReviewItems.networkId, networkId))
    .orderBy(desc(networkReviewRounds.openedOn));
  if (!items.length) return [];
  const scores = await db
    .select()
    .from(networkReviewScores)
    .where(inArray(networkReviewScores.itemId, items.map((i) => i.itemId)));
  return items.map((i) => ({
    ...i,
    aggregate: aggregateItem({
      itemId: i.itemId,
      networkId,
      feeCents: null,
      currency: "EUR",
      priorityIds: [],
      decision: i.decision,
      scores: scores.filter((s) => s.itemId === i.itemId),
    }),
  }));
}

/** Choices for the network forms: units, the strategy's priorities (with their goal) and staff users. */
export async function getNetworkFormOptions(db: Db) {
  const [unitRows, priorityRows, userRows] = await Promise.all([
    db.select({ id: units.id, code: units.code, name: units.name }).from(units).orderBy(asc(units.code)),
    listPriorityChoices(db),
    db
      .select({ id: users.id, name: users.name, unitId: users.unitId })
      .from(users)
      .where(and(eq(users.active, true), isNotNull(users.role)))
      .orderBy(asc(users.name)),
  ]);
  return { units: unitRows, priorities: priorityRows, users: userRows };
}

/** Priorities that are not archived, in strategy order, with their goal's title. */
export async function listPriorityChoices(db: Db | Tx) {
  return db
    .select({ id: priorities.id, title: priorities.title, goalTitle: goals.title })
    .from(priorities)
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .innerJoin(strategyPeriods, eq(strategyPeriods.id, goals.periodId))
    .where(and(isNull(priorities.archivedAt), isNull(goals.archivedAt)))
    .orderBy(asc(strategyPeriods.sortOrder), asc(goals.sortOrder), asc(priorities.sortOrder));
}

/** A network and its contact persons, locked for an action. */
export async function loadNetworkForAction(tx: Tx, id: string) {
  const [network] = await tx.select().from(networks).where(eq(networks.id, id)).for("update");
  if (!network) return null;
  const contacts = await tx.select({ userId: networkContacts.userId }).from(networkContacts).where(eq(networkContacts.networkId, id));
  return { ...network, contactIds: contacts.map((c) => c.userId) };
}

export type LoadedNetwork = NonNullable<Awaited<ReturnType<typeof loadNetworkForAction>>>;
