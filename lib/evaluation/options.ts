import "server-only";
import type { Db } from "@/db/client";
import { listPriorityOptions } from "@/db/queries/advocacy/staff";
import { listPossibleRespondents } from "@/db/queries/evaluation/staff";
import { periodOptions } from "@/db/queries/strategy/structure";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can, type Role } from "@/lib/permissions";

/** Choices for the round form: periods, priorities, and respondents (executives first, then experts). */
export async function roundFormOptions(db: Db, locale: Locale, roleLabel: (role: string) => string) {
  const [periods, priorities, people] = await Promise.all([
    periodOptions(db),
    listPriorityOptions(db),
    listPossibleRespondents(db),
  ]);
  const answering = people.filter((p) => p.role && can(p.role as Role, "evaluation.answer"));
  const ordered = [...answering.filter((p) => p.role === "executive"), ...answering.filter((p) => p.role !== "executive")];
  return {
    periods: periods.map((p) => ({ value: p.id, label: pick(p.name, locale) })),
    priorities: priorities.map((p) => ({ value: p.id, label: `${pick(p.title, locale)} (${pick(p.goalTitle, locale)})` })),
    people: ordered.map((p) => ({ value: p.id, label: `${p.name} (${roleLabel(p.role ?? "")})` })),
  };
}
