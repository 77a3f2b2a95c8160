import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setFeedbackHandled } from "@/app/[locale]/staff/admin/feedback/actions";
import { submitFeedback } from "@/app/[locale]/feedback/actions";
import { listFeedback } from "@/db/queries/public/feedback";
import { auditLog, feedbackMessages } from "@/db/schema";
import { FEEDBACK_LIMITS } from "@/lib/public/feedback-limits";
import { actorByEmail, createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });
const valid = (text: string) => ({ kind: "accessibility", message: `${text}: kontrasti on liian heikko.`, locale: "sv", pagePath: "/sv/accessibility" });

describe("public feedback", () => {
  it("a signed-out visitor's feedback reaches the admins' list, with no history of its text", async () => {
    const db = await getDb();
    const result = await submitFeedback.execute(null, { ...valid("Anonyymi"), name: "Maija", email: "maija@example.com" });
    expect(result.ok).toBe(true);
    const list = await listFeedback(db, "open");
    const mine = list.find((m) => m.message.startsWith("Anonyymi"));
    expect(mine).toMatchObject({ kind: "accessibility", locale: "sv", pagePath: "/sv/accessibility", name: "Maija", email: "maija@example.com", handledAt: null });
    const history = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "feedback"), eq(auditLog.entityId, mine!.id)));
    expect(history).toHaveLength(1);
    expect(history[0]?.actorId).toBeNull();
    expect(JSON.stringify(history[0])).not.toContain("Anonyymi");
  });

  it("bad input gets a message next to the field and stores nothing", async () => {
    const db = await getDb();
    const before = (await db.select().from(feedbackMessages)).length;
    const short = await submitFeedback.execute(null, { ...valid("x"), message: "lyhyt" });
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.fields?.message?.[0]?.key).toBe("errors.tooShort");
    const long = await submitFeedback.execute(null, { ...valid("x"), message: "a".repeat(FEEDBACK_LIMITS.messageMax + 1) });
    if (!long.ok) expect(long.fields?.message?.[0]?.key).toBe("errors.tooLong");
    const email = await submitFeedback.execute(null, { ...valid("x"), email: "not an address" });
    expect(email.ok).toBe(false);
    if (!email.ok) expect(Object.keys(email.fields ?? {})).toEqual(["email"]);
    // A page elsewhere is not kept as "the page the feedback is about".
    const offsite = await submitFeedback.execute(null, { ...valid("Offsite"), pagePath: "//evil.example/x" });
    expect(offsite.ok).toBe(true);
    const [stored] = await db.select().from(feedbackMessages).where(eq(feedbackMessages.message, valid("Offsite").message));
    expect(stored?.pagePath).toBeNull();
    expect((await db.select().from(feedbackMessages)).length).toBe(before + 1);
  });

  it("a robot that fills the hidden field is refused and nothing is stored", async () => {
    const db = await getDb();
    const result = await submitFeedback.execute(null, { ...valid("Robotti"), website: "http://spam.example" });
    expect(result.ok).toBe(false);
    expect(await db.select().from(feedbackMessages).where(eq(feedbackMessages.message, valid("Robotti").message))).toHaveLength(0);
  });

  it("one sender can send only a few messages in a while", async () => {
    const db = await getDb();
    // Start the window afresh: earlier tests in this file sent from the same (unknown) address.
    await db.delete(feedbackMessages);
    const results = [];
    for (let i = 0; i < FEEDBACK_LIMITS.perSender + 2; i++) results.push(await submitFeedback.execute(null, valid(`Viesti ${i}`)));
    expect(results.filter((r) => r.ok)).toHaveLength(FEEDBACK_LIMITS.perSender);
    const refused = results.at(-1);
    expect(refused?.ok).toBe(false);
    if (refused && !refused.ok) expect(refused.message.key).toBe("publicFeedback.tooMany");
    expect(await db.select().from(feedbackMessages)).toHaveLength(FEEDBACK_LIMITS.perSender);
  });

  it("an admin marks feedback handled and opens it again; others may not", async () => {
    const db = await getDb();
    const admin = await actorByEmail(db, "admin@example.com");
    const [m] = await db.insert(feedbackMessages).values({ kind: "content", message: "Käsiteltävä palaute", locale: "fi", senderKey: "k" }).returning();
    for (const role of ["editor", "coordinator", "executive"] as const) {
      const refused = await setFeedbackHandled.execute(await createActor(db, role, "KANS"), { id: m!.id, version: m!.version, handled: "true" });
      expect(refused.ok ? "allowed" : refused.code, role).toBe("forbidden");
    }
    expect((await setFeedbackHandled.execute(null, { id: m!.id, version: m!.version, handled: "true" })).ok).toBe(false);
    const done = await setFeedbackHandled.execute(admin, { id: m!.id, version: m!.version, handled: "true" });
    expect(done.ok).toBe(true);
    const handled = (await listFeedback(db, "handled")).find((x) => x.id === m!.id);
    expect(handled?.handledByName).toBe(admin.name);
    expect((await listFeedback(db, "open")).some((x) => x.id === m!.id)).toBe(false);
    // A second admin working from the old version gets a conflict, not a silent overwrite.
    const stale = await setFeedbackHandled.execute(admin, { id: m!.id, version: m!.version, handled: "false" });
    expect(stale.ok ? "ok" : stale.code).toBe("conflict");
    const reopened = await setFeedbackHandled.execute(admin, { id: m!.id, version: m!.version + 1, handled: "false" });
    expect(reopened.ok).toBe(true);
    expect((await listFeedback(db, "open")).some((x) => x.id === m!.id)).toBe(true);
  });
});
