import { eq } from "drizzle-orm";
import { beforeAll } from "vitest";
import type { Db } from "@/db/client";
import { units, users } from "@/db/schema";
import type { Actor, StaffRole } from "@/lib/permissions";
import { setupTestDatabase } from "./db";

/** An Actor for an existing user (e.g. a demo account). */
export async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  return { id: u.id, name: u.name, email: u.email, role: u.role ?? "public", unitId: u.unitId, locale: u.locale };
}

/** Create a user with a role in a unit (by unit code) and return them as an Actor. */
export async function createActor(db: Db, role: StaffRole, unitCode?: string): Promise<Actor> {
  const [unit] = unitCode ? await db.select().from(units).where(eq(units.code, unitCode)) : [];
  const email = `${role}-${Math.random().toString(36).slice(2)}@test.example`;
  const [u] = await db.insert(users).values({ email, name: `Test ${role}`, role, unitId: unit?.id ?? null }).returning();
  if (!u) throw new Error("user not created");
  return { id: u.id, name: u.name, email: u.email, role, unitId: u.unitId, locale: "fi" };
}

/** Who a test acts as: a demo person by e-mail, or a new person with a role (in a unit, by code). */
export type TestPerson = string | { role: StaffRole; unit?: string };

/**
 * A test file's database and the people it acts as throughout: sets up the
 * database (`setupTestDatabase(options)`) and, before the tests, hands it and
 * one Actor per named person to `ready` (a later `beforeAll` of the file runs
 * after it, with them set):
 * `databaseWith({ demo: false }, { coordinator: { role: "coordinator" } }, (r) => ({ db, coordinator } = r));`
 */
export function databaseWith<K extends string>(options: { demo: boolean }, people: Record<K, TestPerson>, ready: (r: { db: Db } & Record<K, Actor>) => void): void {
  const getDb = setupTestDatabase(options);
  beforeAll(async () => {
    const db = await getDb();
    const actors = {} as Record<K, Actor>;
    for (const [key, person] of Object.entries(people) as [K, TestPerson][]) actors[key] = typeof person === "string" ? await actorByEmail(db, person) : await createActor(db, person.role, person.unit);
    ready({ db, ...actors });
  });
}

/**
 * The demo database and the people the file acts as:
 * `demoDatabaseWith({ coordinator: "coordinator@example.com", editor: "editor@example.com" }, (r) => ({ db, coordinator, editor } = r));`
 */
export function demoDatabaseWith<K extends string>(people: Record<K, TestPerson>, ready: (r: { db: Db } & Record<K, Actor>) => void): void {
  databaseWith({ demo: true }, people, ready);
}

/** The demo coordinator and the demo editor (unit KANS), the pair most tests act as. */
export const demoStaff = { coordinator: "coordinator@example.com", editor: "editor@example.com" } as const;

/**
 * One demo person: `demoDatabaseAs("coordinator@example.com", (r) => ({ db, actor: coordinator } = r));`
 */
export function demoDatabaseAs(email: string, ready: (r: { db: Db; actor: Actor }) => void): void {
  demoDatabaseWith({ actor: email }, ready);
}
