import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lowerCaseIn } from "@/lib/i18n/localized";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("lower-casing a UI word in the page's language", () => {
  it("follows the language's rules and never throws on a locale that is no locale", () => {
    expect(lowerCaseIn("Myöhässä", "fi")).toBe("myöhässä");
    expect(lowerCaseIn("På gång", "sv")).toBe("på gång");
    expect(lowerCaseIn("On schedule", "en")).toBe("on schedule");
    // These are what threw RangeError "Incorrect locale information provided" in CheckedStatus.
    for (const bad of ["", "fi ", "f_i", "fi\u0000", undefined, null]) {
      expect(() => "X".toLocaleLowerCase(bad ?? "")).toThrow(RangeError);
      expect(lowerCaseIn("Myöhässä", bad)).toBe("myöhässä");
    }
  });

  it("no code lower- or upper-cases with a locale variable except through lowerCaseIn", () => {
    const offenders: string[] = [];
    for (const dir of ["app", "components", "lib", "db"]) {
      for (const file of sources(path.join(root, dir))) {
        if (file.endsWith(path.join("lib", "i18n", "localized.ts"))) continue;
        const text = readFileSync(file, "utf8");
        // A string literal argument ("fi") is safe; a variable may hold anything the address held.
        for (const m of text.matchAll(/\.toLocale(?:Lower|Upper)Case\(([^)]*)\)/g)) {
          if (m[1]!.trim() && !/^["'][a-z]{2}(-[A-Z]{2})?["']$/.test(m[1]!.trim())) offenders.push(`${path.relative(root, file)}: ${m[0]}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
