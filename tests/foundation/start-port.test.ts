import { describe, expect, it } from "vitest";
import { portFromArgs } from "../../scripts/port-arg.mjs";

describe("npm start's port", () => {
  it("takes -p, --port and --port= like next start", () => {
    expect(portFromArgs(["-p", "3961"])).toBe("3961");
    expect(portFromArgs(["--port", "3961"])).toBe("3961");
    expect(portFromArgs(["--port=3961"])).toBe("3961");
    expect(portFromArgs([])).toBeUndefined();
  });
  it("refuses what is not a port instead of serving on 3000", () => {
    expect(() => portFromArgs(["-p"])).toThrow();
    expect(() => portFromArgs(["-p", "abc"])).toThrow();
    expect(() => portFromArgs(["--port", "70000"])).toThrow();
  });
});
