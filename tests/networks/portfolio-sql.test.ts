import { describe, expect, it } from "vitest";
import { getPortfolio, PORTFOLIO_SHOWN } from "@/db/queries/networks/portfolio";
import { listNetworksForStaff } from "@/db/queries/networks/staff";
import { networks } from "@/db/schema";
import { portfolioTotals } from "@/lib/networks/portfolio";
import { activeStatuses } from "@/lib/networks/status";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

describe("the network portfolio is computed in SQL (issue 17)", () => {
  it("gives the same sums as the row-by-row totals, and names only the first networks of each list", async () => {
    const db = await getDb();
    // More networks than a list names: the lists must count the rest, not show them.
    const extra = Array.from({ length: PORTFOLIO_SHOWN + 5 }, (_, i) => ({
      name: { fi: `Mittaverkosto ${String(i).padStart(2, "0")}` },
      type: "bilateral" as const,
      status: "member" as const,
      countryCode: "SE",
      annualFeeCents: 1000 + i * 37,
      feeCurrency: i % 7 === 0 ? "SEK" : "EUR",
      staffDays: `${i}.${i % 10}`,
      statusSince: "2020-01-01",
    }));
    await db.insert(networks).values(extra);
    const rows = await listNetworksForStaff(db);
    const expected = portfolioTotals(rows);
    const sql = await getPortfolio(db);
    expect(sql.totals.total).toEqual(expected.total);
    expect(sql.totals.byType).toEqual(expected.byType);
    expect(sql.totals.byStatus).toEqual(expected.byStatus);
    expect(new Map([...sql.totals.byPriority].sort())).toEqual(new Map([...expected.byPriority].sort()));
    expect([...sql.totals.byUnit].sort((a, b) => a.key.localeCompare(b.key))).toEqual([...expected.byUnit].sort((a, b) => a.key.localeCompare(b.key)));

    const payingEur = rows.filter((n) => activeStatuses.includes(n.status) && n.annualFeeCents && n.feeCurrency === "EUR").sort((a, b) => b.annualFeeCents! - a.annualFeeCents!);
    expect(sql.payingEur.total).toBe(payingEur.length);
    expect(sql.payingEur.networks.length).toBe(PORTFOLIO_SHOWN);
    expect(sql.payingEur.networks.map((n) => n.annualFeeCents)).toEqual(payingEur.slice(0, PORTFOLIO_SHOWN).map((n) => n.annualFeeCents));
    expect(sql.payingOther.networks.every((n) => n.feeCurrency !== "EUR")).toBe(true);

    const members = sql.namesByStatus.get("member")!;
    expect(members.total).toBe(rows.filter((n) => n.status === "member").length);
    expect(members.networks.length).toBe(PORTFOLIO_SHOWN);
    const sweden = sql.partnerCitiesByCountry.find((c) => c.country === "SE")!;
    expect(sweden.total).toBe(rows.filter((n) => n.type === "bilateral" && n.countryCode === "SE").length);
    expect(sweden.networks.length).toBe(PORTFOLIO_SHOWN);
  });
});
