import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

/** Every public-site string is valid ICU (an unescaped "<id>" reads as an unclosed tag and breaks the page's text). */
describe("public site strings", () => {
  for (const locale of ["fi", "sv", "en"]) {
    it(`parse as ICU messages (${locale})`, () => {
      const tree = JSON.parse(readFileSync(`messages/${locale}/public.json`, "utf8")) as Record<string, unknown>;
      const problems: string[] = [];
      const visit = (node: unknown, path: string) => {
        if (typeof node === "string") {
          try {
            new IntlMessageFormat(node, locale);
          } catch (error) {
            problems.push(`${path}: ${(error as Error).message}`);
          }
        } else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) visit(v, path ? `${path}.${k}` : k);
      };
      visit(tree, "");
      expect(problems).toEqual([]);
    });
  }
});
