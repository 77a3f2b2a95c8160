import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new secret for a calendar link: 256 random bits, URL-safe. */
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored instead of the token: a leaked database does not reveal working links. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as newFeedToken makes it (43 URL-safe characters); anything else is not looked up. */
export function isWellFormedFeedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Compare a presented secret with the expected one in constant time (hashing first evens out the lengths). */
export function secretsMatch(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/** The path of a private feed; the page adds the origin the person sees. */
export const privateFeedPath = (token: string) => `/api/calendar/private/${token}.ics`;
export const publicFeedPath = (locale: string) => `/api/calendar/public/${locale}.ics`;
