import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { belongsTo, written } from "./common";
import { advocacyActivities, governmentAsks } from "./advocacy";
import { evaluationRounds } from "./evaluation";
import { euProjects } from "./funding";
import { networks } from "./networks";
import { measures } from "./strategy";
import { measureLinkKinds } from "../../lib/links/vocabulary";

/**
 * What carries a measure out: explicit links from a measure to an EU project,
 * a network, an advocacy action, a government ask or an evaluation round.
 * One typed table: `kind` names the kind, exactly one target column is set
 * (the one of its kind), each with its own foreign key. The link is part of
 * the measure: changing one changes the measure that will be published (its
 * snapshot carries the public links) and it waits for review again.
 */
export { measureLinkKinds, type MeasureLinkKind } from "../../lib/links/vocabulary";
export const measureLinkKind = pgEnum("measure_link_kind", measureLinkKinds);

export const measureLinks = pgTable(
  "measure_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    measureId: belongsTo(() => measures.id),
    kind: measureLinkKind().notNull(),
    euProjectId: uuid().references(() => euProjects.id),
    networkId: uuid().references(() => networks.id),
    advocacyActivityId: uuid().references(() => advocacyActivities.id),
    governmentAskId: uuid().references(() => governmentAsks.id),
    evaluationRoundId: uuid().references(() => evaluationRounds.id),
    ...written(),
  },
  (t) => [
    index("measure_links_measure").on(t.measureId, t.kind),
    uniqueIndex("measure_links_eu_project").on(t.euProjectId, t.measureId),
    uniqueIndex("measure_links_network").on(t.networkId, t.measureId),
    uniqueIndex("measure_links_activity").on(t.advocacyActivityId, t.measureId),
    uniqueIndex("measure_links_ask").on(t.governmentAskId, t.measureId),
    uniqueIndex("measure_links_round").on(t.evaluationRoundId, t.measureId),
    check(
      "measure_links_one_target",
      sql`num_nonnulls(${t.euProjectId}, ${t.networkId}, ${t.advocacyActivityId}, ${t.governmentAskId}, ${t.evaluationRoundId}) = 1 and case ${t.kind}
        when 'euProject' then ${t.euProjectId} is not null
        when 'network' then ${t.networkId} is not null
        when 'advocacyActivity' then ${t.advocacyActivityId} is not null
        when 'governmentAsk' then ${t.governmentAskId} is not null
        when 'evaluationRound' then ${t.evaluationRoundId} is not null end`,
    ),
  ],
);
export type MeasureLink = typeof measureLinks.$inferSelect;
