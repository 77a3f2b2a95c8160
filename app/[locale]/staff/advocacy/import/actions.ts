"use server";

import type { Tx } from "@/db/client";
import { defineImportActions } from "@/lib/actions/import-actions";
import { advocacyImportContext, applyActivityRow, applyAskRow } from "@/lib/advocacy/import-apply";
import { activityImportSpec, askImportSpec } from "@/lib/advocacy/import-spec";

/**
 * Advocacy actions and government asks from a CSV or .xlsx file (all or
 * nothing; lib/actions/import-actions.ts): the database checks (unknown
 * priority or person, another unit's item, …) are reported with the file's;
 * an editor only for their own unit's priorities.
 */
const context = (tx: Tx) => advocacyImportContext(tx);
const activities = defineImportActions({ list: "advocacy-actions", names: ["advocacy.importActivities", "advocacy.importActivitiesCheck"], spec: activityImportSpec, context, applyRow: applyActivityRow, auditEntity: "advocacy_activity_import" });
const asks = defineImportActions({ list: "asks", names: ["advocacy.importAsks", "advocacy.importAsksCheck"], spec: askImportSpec, context, applyRow: applyAskRow, auditEntity: "government_ask_import" });

export const importActivities = activities.apply;
/** The same checks without saving anything. */
export const checkActivitiesImport = activities.check;
export const importAsks = asks.apply;
/** The same checks without saving anything. */
export const checkAsksImport = asks.check;
