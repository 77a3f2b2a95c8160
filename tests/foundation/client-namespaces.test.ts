import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickNamespaces, staffAreaNamespaces, staffClientNamespaces, staffNamespaces, staffShellNamespaces, type StaffArea } from "@/lib/i18n/client-namespaces";
import { loadMessages } from "@/lib/i18n/messages";

const root = path.resolve(__dirname, "../..");
const staffDir = path.join(root, "app/[locale]/staff");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Files under the staff routes, the shared components and lib (the code a staff page can render). */
const staffSide = [staffDir, path.join(root, "components"), path.join(root, "lib")].flatMap(files);
const isClient = (text: string) => /^["']use client["']/m.test(text);
const clientNamespacesOf = (text: string) => (isClient(text) ? [...text.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)].map((m) => m[1]!) : []);

/** A module specifier as a file of this project (`@/…` or relative), or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  return [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")].find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** Every namespace the client components reached from these files (following static and dynamic imports) use. */
function namespacesReached(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const found = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const ns of clientNamespacesOf(text)) found.add(ns);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const next = resolveImport(file, m[1]!);
      if (next) stack.push(next);
    }
  }
  return found;
}

const areaDirs = readdirSync(staffDir).filter((name) => statSync(path.join(staffDir, name)).isDirectory());
const missingFrom = (reached: Set<string>, allowed: readonly string[]) => [...reached].filter((ns) => !allowed.includes(ns)).sort();

describe("the strings the staff pages hand to the browser", () => {
  it("include every namespace a client component under /staff or in components/ uses", () => {
    const missing: string[] = [];
    for (const file of staffSide) {
      for (const ns of clientNamespacesOf(readFileSync(file, "utf8"))) if (!staffClientNamespaces.includes(ns)) missing.push(`${path.relative(root, file)}: ${ns}`);
    }
    expect(missing).toEqual([]);
  });

  it("are given per area: each area's layout hands the namespaces of every client component its pages reach", () => {
    expect(areaDirs.sort()).toEqual(Object.keys(staffAreaNamespaces).sort());
    const missing: Record<string, string[]> = {};
    for (const area of areaDirs as StaffArea[]) {
      const dir = path.join(staffDir, area);
      // The area's layout is the one that hands them over.
      expect(readFileSync(path.join(dir, "layout.tsx"), "utf8")).toContain(`staffAreaLayout("${area}")`);
      const gap = missingFrom(namespacesReached(files(dir)), staffNamespaces(area));
      if (gap.length) missing[area] = gap;
    }
    // The start page and the staff layout itself get the shell's only.
    const top = readdirSync(staffDir).map((name) => path.join(staffDir, name)).filter((f) => statSync(f).isFile());
    const gap = missingFrom(namespacesReached(top), staffShellNamespaces);
    if (gap.length) missing["(staff start page and layout)"] = gap;
    expect(missing).toEqual({});
  });

  it("include every namespace an action's message names, where that action's form is", async () => {
    // `key: "<namespace>.…"` where <namespace> is one of the UI strings' (other `key:`s, e.g. a diff row's "title.fi", are not messages).
    const namespaces = new Set(Object.keys(await loadMessages("fi")));
    const missing: string[] = [];
    for (const file of staffSide) {
      const area = path.relative(staffDir, file).split(path.sep)[0] as StaffArea;
      const allowed = file.startsWith(staffDir + path.sep) && area in staffAreaNamespaces ? staffNamespaces(area) : staffShellNamespaces;
      for (const m of readFileSync(file, "utf8").matchAll(/key: [`"']([a-zA-Z]+)\./g)) {
        if (namespaces.has(m[1]!) && !allowed.includes(m[1]!)) missing.push(`${path.relative(root, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("are a real part of the strings: the shell's and each area's well under all of them", async () => {
    const all = await loadMessages("fi");
    const size = (namespaces: readonly string[]) => JSON.stringify(pickNamespaces(all, namespaces)).length;
    expect(Object.keys(pickNamespaces(all, staffClientNamespaces)).sort()).toEqual([...staffClientNamespaces].sort());
    expect(size(staffClientNamespaces)).toBeLessThan(JSON.stringify(all).length * 0.6);
    for (const area of Object.keys(staffAreaNamespaces) as StaffArea[]) expect(size(staffNamespaces(area)), area).toBeLessThan(size(staffClientNamespaces) * 0.6);
  });
});
