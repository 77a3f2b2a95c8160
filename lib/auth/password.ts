import "server-only";
import bcrypt from "bcryptjs";

/** bcrypt cost of every stored password (and of the stand-in hash below). */
export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

// A real hash at the same cost as stored ones, made once, to compare against
// when the e-mail is unknown or has no password: a wrong e-mail and a wrong
// password then cost the same time, so timing does not tell whether an account exists.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= bcrypt.hash("not-a-password-for-anyone", BCRYPT_COST));
}

/** The cost a bcrypt hash was made with ($2b$12$… → 12). */
export function bcryptCost(hash: string): number {
  return Number(/^\$2[abxy]?\$(\d{2})\$/.exec(hash)?.[1] ?? NaN);
}
