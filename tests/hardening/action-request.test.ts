import { describe, expect, it } from "vitest";
import { wellFormedActionForm, wellFormedActionRequest, wellFormedActionText } from "@/lib/security/action-request";

describe("server-action bodies the proxy lets through", () => {
  it("accepts what React's client sends for this app's forms", () => {
    for (const body of ["[]", '["$K1"]', '["$undefined","$K1"]', '[{"ok":false,"code":"invalid","message":{"key":"errors.invalid"}},"$K1"]', '["$D2026-01-01T00:00:00.000Z","$n123","$$literal","$NaN","$-0"]']) {
      expect(wellFormedActionText(body), body).toBe(true);
    }
    const form = new FormData();
    form.set("0", '[null,"$K1","$2"]');
    form.set("1_email", "a@b.c");
    form.set("2", '{"a":"$$x"}');
    expect(wellFormedActionForm(form)).toBe(true);
  });

  it("refuses what would make Next fail: not JSON, not an argument list, unknown references", () => {
    for (const body of ["d|", "", '"x"', "{", '{"a":1}', '["$Q1"]', '["$W1"]', '["$B1"]', '["$F1"]', '["$h1"]', '["$Z"]', '["$"]', '["$1"]', '["$nx"]', '["$@0"]', '[{"a":"$:x"}]', '[[[["$R0"]]]]']) {
      expect(wellFormedActionText(body), body).toBe(false);
    }
    const unnamed = new FormData();
    unnamed.set("0", '["$K1"]');
    unnamed.set("", "x");
    expect(wellFormedActionForm(unnamed)).toBe(false);
    const noRoot = new FormData();
    noRoot.set("1_email", "x");
    expect(wellFormedActionForm(noRoot)).toBe(false);
    const missingPart = new FormData();
    missingPart.set("0", '["$3"]');
    expect(wellFormedActionForm(missingPart)).toBe(false);
    const selfLoop = new FormData();
    selfLoop.set("0", '["$1"]');
    selfLoop.set("1", '["$1","$Q2"]');
    expect(wellFormedActionForm(selfLoop)).toBe(false);
  });

  it("refuses deep nesting instead of recursing without end", () => {
    expect(wellFormedActionText("[".repeat(100) + "]".repeat(100))).toBe(false);
  });

  it("reads the request without consuming it", async () => {
    const request = new Request("http://localhost/fi", { method: "POST", body: '["$K1"]', headers: { "content-type": "text/plain;charset=UTF-8" } });
    expect(await wellFormedActionRequest(request)).toBe(true);
    expect(await request.text()).toBe('["$K1"]');
  });
});
