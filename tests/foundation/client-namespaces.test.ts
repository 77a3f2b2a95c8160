import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickNamespaces, staffClientNamespaces } from "@/lib/i18n/client-namespaces";
import { loadMessages } from "@/lib/i18n/messages";

const root = path.resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Files under the staff routes, the shared components and lib (the code a staff page can render). */
const staffSide = [path.join(root, "app/[locale]/staff"), path.join(root, "components"), path.join(root, "lib")].flatMap(files);

describe("the strings the staff layout hands to the browser", () => {
  it("include every namespace a client component under /staff or in components/ uses", () => {
    const missing: string[] = [];
    for (const file of staffSide) {
      const text = readFileSync(file, "utf8");
      if (!/^["']use client["']/m.test(text)) continue;
      for (const m of text.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)) {
        if (!(staffClientNamespaces as readonly string[]).includes(m[1]!)) missing.push(`${path.relative(root, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("include every namespace an action's message on the staff side names", async () => {
    // `key: "<namespace>.…"` where <namespace> is one of the UI strings' (other `key:`s, e.g. a diff row's "title.fi", are not messages).
    const namespaces = new Set(Object.keys(await loadMessages("fi")));
    const missing: string[] = [];
    for (const file of staffSide) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/key: [`"']([a-zA-Z]+)\./g)) {
        if (namespaces.has(m[1]!) && !(staffClientNamespaces as readonly string[]).includes(m[1]!)) missing.push(`${path.relative(root, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("are a real part of the strings, well under all of them", async () => {
    const all = await loadMessages("fi");
    const picked = pickNamespaces(all, staffClientNamespaces);
    expect(Object.keys(picked).sort()).toEqual([...staffClientNamespaces].sort());
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(all).length * 0.6);
  });
});
