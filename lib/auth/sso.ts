import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { users } from "@/db/schema";
import { SSO_REFUSED } from "./sso-refused";

/** What the provider said about the person (ID token / userinfo claims). */
export type SsoClaims = {
  issuer: string;
  subject: string | null | undefined;
  email: string | null | undefined;
  /** `email_verified`; some providers send the string "true". */
  emailVerified: unknown;
  name: string | null | undefined;
};

/** Why an SSO sign-in was refused; each has its own message on the sign-in page. */
export type SsoRefusal = "sso_unverified" | "sso_not_linked" | "sso_deactivated";

export type SsoResult = { ok: true; userId: string; created: boolean } | { ok: false; reason: SsoRefusal };


function normaliseEmail(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e && e.length <= 320 && /^[^@\s]+@[^@\s]+$/.test(e) ? e : null;
}

/**
 * Finds or creates the account for an SSO sign-in. The identity is the pair
 * (issuer, subject): once attached to an account, that account is used
 * whatever e-mail the provider sends later. An identity seen for the first
 * time attaches to an existing account by e-mail only when the provider says
 * the e-mail is verified and an admin set the account up for SSO
 * (`ssoLinkAllowed`, cleared by the attachment); an unknown verified e-mail
 * gets a new account without staff rights. Everything else is refused and
 * written to the audit log for admins.
 */
export async function upsertOidcUser(db: Db, claims: SsoClaims): Promise<SsoResult> {
  const issuer = claims.issuer.trim();
  const subject = claims.subject?.trim() || null;
  const email = normaliseEmail(claims.email);
  const verified = claims.emailVerified === true || claims.emailVerified === "true";
  if (!subject) return refuse(db, "sso_not_linked", null, { issuer, subject, email, why: "no subject" });

  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await db.transaction(async (tx): Promise<SsoResult | "retry"> => {
      const [known] = await tx
        .select({ id: users.id, active: users.active })
        .from(users)
        .where(and(eq(users.ssoIssuer, issuer), eq(users.ssoSubject, subject)))
        .for("update");
      if (known) {
        if (!known.active) return refuse(tx, "sso_deactivated", known.id, { issuer, subject, email, why: "account deactivated" });
        await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, known.id));
        return { ok: true, userId: known.id, created: false };
      }
      if (!email || !verified) {
        return refuse(tx, "sso_unverified", null, { issuer, subject, email, why: email ? "e-mail not verified by the provider" : "no e-mail" });
      }
      const [byEmail] = await tx
        .select({ id: users.id, active: users.active, ssoIssuer: users.ssoIssuer, ssoSubject: users.ssoSubject, ssoLinkAllowed: users.ssoLinkAllowed, version: users.version })
        .from(users)
        .where(eq(users.email, email))
        .for("update");
      // A parallel first sign-in of this same identity committed between the two reads
      // (each statement sees the latest commits): its account is this identity's.
      if (byEmail && byEmail.ssoIssuer === issuer && byEmail.ssoSubject === subject) return "retry";
      if (byEmail) {
        const why = byEmail.ssoSubject
          ? "account already attached to another SSO identity"
          : !byEmail.ssoLinkAllowed
            ? "account not set up for SSO by an admin"
            : !byEmail.active
              ? "account deactivated"
              : null;
        if (why) return refuse(tx, "sso_not_linked", byEmail.id, { issuer, subject, email, why });
        await tx
          .update(users)
          .set({ ssoIssuer: issuer, ssoSubject: subject, ssoLinkAllowed: false, lastSignInAt: new Date(), version: byEmail.version + 1, updatedAt: new Date() })
          .where(eq(users.id, byEmail.id));
        await recordAudit(tx, {
          entityType: "user",
          entityId: byEmail.id,
          action: "sso_link",
          version: byEmail.version + 1,
          actor: null,
          before: { sso: "none" },
          after: { sso: `${issuer} ${subject}` },
        });
        return { ok: true, userId: byEmail.id, created: false };
      }
      const [created] = await tx
        .insert(users)
        .values({ email, name: claims.name?.trim().slice(0, 200) || email, role: null, ssoIssuer: issuer, ssoSubject: subject, lastSignInAt: new Date() })
        .onConflictDoNothing()
        .returning({ id: users.id });
      // A parallel first sign-in took the e-mail or the identity: look again.
      if (!created) return "retry";
      await recordAudit(tx, {
        entityType: "user",
        entityId: created.id,
        action: "create",
        version: 1,
        actor: null,
        after: { email, sso: `${issuer} ${subject}`, role: null },
      });
      return { ok: true, userId: created.id, created: true };
    });
    if (result !== "retry") return result;
  }
  return refuse(db, "sso_not_linked", null, { issuer, subject, email, why: "conflicting parallel sign-in" });
}

async function refuse(
  db: Db | Tx,
  reason: SsoRefusal,
  userId: string | null,
  details: { issuer: string; subject: string | null; email: string | null; why: string },
): Promise<SsoResult> {
  await recordAudit(db, {
    entityType: SSO_REFUSED.entityType,
    entityId: userId ?? randomUUID(),
    action: SSO_REFUSED.action,
    actor: null,
    after: { reason, ...details, userId },
  });
  return { ok: false, reason };
}
