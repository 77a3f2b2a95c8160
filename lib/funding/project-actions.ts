import "server-only";
import { loadProject } from "@/db/queries/funding/write";
import { mayEditProject } from "./project-write";

/**
 * What every edit of an EU project shares: who may (coordinators all,
 * editors their unit's or their own), the project locked (archived is not
 * found) and the item rule. Spread into the project's actions.
 */
export const projectEditing = { requires: ["funding.manage", "funding.editOwn"] as const, load: loadProject, authorize: mayEditProject };
