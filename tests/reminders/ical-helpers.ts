import { expect } from "vitest";

/** The bytes of one physical line, for the 75-octet rule. */
export const octets = (line: string) => new TextEncoder().encode(line).length;

/** CRLF line ends, no bare CR or LF, no physical line over 75 octets (RFC 5545 §3.1). */
export function expectWellFormed(ics: string) {
  expect(ics.endsWith("\r\n")).toBe(true);
  const lines = ics.slice(0, -2).split("\r\n");
  expect(lines.every((l) => !l.includes("\n") && !l.includes("\r"))).toBe(true);
  for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
}
