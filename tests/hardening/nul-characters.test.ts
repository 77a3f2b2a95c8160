import { describe, expect, it } from "vitest";
import { withoutNulCharacters } from "@/lib/actions/form-data";

describe("NUL characters in input", () => {
  it("are dropped from every string, however deep", () => {
    expect(withoutNulCharacters({ a: "x\u0000y", b: ["\u0000", { c: "ok\u0000" }], n: 1, z: null })).toEqual({ a: "xy", b: ["", { c: "ok" }], n: 1, z: null });
    expect(withoutNulCharacters("\u0000")).toBe("");
  });

  it("keep a __proto__ key a plain key", () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": "b"}') as Record<string, unknown>;
    const out = withoutNulCharacters(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: string }).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(["__proto__", "a"]);
  });

  it("leave dates and other objects alone", () => {
    const d = new Date();
    expect(withoutNulCharacters({ d }).d).toBe(d);
  });
});
