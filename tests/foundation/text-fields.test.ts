import { createElement as h } from "react";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { TextArea, TextField } from "@/components/ui/form/Fields";
import { renderHtml } from "../helpers/render";

/** A text field and a text area share their frame and attributes; each keeps its own. */
describe("TextField and TextArea", () => {
  const render = (node: ReturnType<typeof h>) => renderHtml(h(NextIntlClientProvider, { locale: "en", messages: {}, timeZone: "Europe/Helsinki", children: node }));

  it("an input carries the shared attributes, its type and autocomplete, and is described by its hint and errors", async () => {
    const html = await render(h(TextField, { name: "email", label: "E-mail", type: "email", autoComplete: "email", required: true, maxLength: 200, defaultValue: "a@b.fi", hint: "Work address", errors: ["Required"] }));
    const input = html.match(/<input[^>]*>/)?.[0] ?? "";
    for (const attr of ['id="f-email"', 'name="email"', 'type="email"', 'autoComplete="email"', 'maxLength="200"', 'value="a@b.fi"', 'aria-required="true"', 'class="field-input"', 'aria-invalid="true"', 'aria-describedby="f-email-hint f-email-error"']) {
      expect(input).toContain(attr);
    }
    expect(html).toContain('<label for="f-email"');
    expect(html).toContain("Work address");
    expect(html).toContain("Required");
  });

  it("a text area has rows (4 by default), no type, and the same frame", async () => {
    const html = await render(h(TextArea, { name: "note", label: "Note", defaultValue: "Hei" }));
    const area = html.match(/<textarea[^>]*>/)?.[0] ?? "";
    expect(area).toContain('rows="4"');
    expect(area).toContain('name="note"');
    expect(area).not.toContain("type=");
    expect(area).not.toContain("aria-required");
    expect(html).toContain(">Hei</textarea>");
    const multiline = await render(h(TextField, { name: "body", label: "Body", multiline: true, rows: 2 }));
    expect(multiline).toMatch(/<textarea[^>]*rows="2"/);
  });
});
