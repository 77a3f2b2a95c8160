import { z } from "zod";
import type { LocalizedText } from "@/db/schema/common";

/**
 * zod building blocks for the advocacy and evaluation forms. Form fields are
 * named with dots ("title.fi", "timeline.0.date"); `nested` turns them into
 * objects and arrays so that errors come back under the same names.
 */
export function nested(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.includes(".")) {
      out[key] = value;
      continue;
    }
    const parts = key.split(".");
    let node = out;
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    }
  }
  return arrays(out);
}

/** Objects whose keys are all indexes ("0", "1") become arrays, in index order. */
function arrays(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, arrays(v)] as const);
  if (entries.length && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}

/** A multi-choice list from fixed keys; one value or several. */
export const choiceList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values)).max(values.length));

/**
 * Links, one per line: "label | https://…" or just the address. Only http(s)
 * addresses are accepted, so a link can never run script.
 */
export const linksInput = () =>
  z.preprocess(
    (v) => v ?? "",
    z.union([z.string(), z.array(z.object({ label: z.string(), url: z.string() }))]).transform((v, ctx) => {
      if (Array.isArray(v)) return v;
      const links: { label: string; url: string }[] = [];
      for (const line of v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
        const bar = line.lastIndexOf("|");
        const label = bar >= 0 ? line.slice(0, bar).trim() : "";
        const url = (bar >= 0 ? line.slice(bar + 1) : line).trim();
        if (!isWebAddress(url) || label.length > 300) {
          ctx.addIssue({ code: "custom", message: "errors.url" });
          return z.NEVER;
        }
        links.push({ label: label || url, url });
      }
      if (links.length > 20) {
        ctx.addIssue({ code: "custom", message: "errors.tooMany", params: { max: 20 } });
        return z.NEVER;
      }
      return links;
    }),
  ).pipe(z.array(z.object({ label: z.string().min(1).max(300), url: z.string().refine(isWebAddress, "errors.url") })));

export function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "https:" || u.protocol === "http:") && s.length <= 2000;
  } catch {
    return false;
  }
}

/** Links as the text the form shows back. */
export const linksToText = (links: readonly { label: string; url: string }[]) =>
  links.map((l) => (l.label && l.label !== l.url ? `${l.label} | ${l.url}` : l.url)).join("\n");

type Flat<B extends string> = `${B}Fi` | `${B}Sv` | `${B}En`;

/** A Swedish or English text without the Finnish one would be lost: Finnish is asked for. */
export function finnishFirst(bases: readonly string[]) {
  return (input: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const b of bases) {
      if (!input[`${b}Fi`] && (input[`${b}Sv`] || input[`${b}En`])) ctx.addIssue({ code: "custom", path: [`${b}Fi`], message: "errors.required" });
    }
  };
}

/** Fold the three fields of each text into one `{ fi, sv?, en? }` (null when an optional text is empty). */
export function gatherLocalized<Req extends string, Opt extends string>(required: readonly Req[], optional: readonly Opt[]) {
  return <T extends Record<string, unknown>>(input: T) => {
    const out: Record<string, unknown> = { ...input };
    for (const b of [...required, ...optional]) {
      const fi = input[`${b}Fi`];
      const sv = input[`${b}Sv`];
      const en = input[`${b}En`];
      delete out[`${b}Fi`];
      delete out[`${b}Sv`];
      delete out[`${b}En`];
      if (typeof fi !== "string" || !fi) {
        out[b] = null;
        continue;
      }
      const text: LocalizedText = { fi };
      if (typeof sv === "string" && sv) text.sv = sv;
      if (typeof en === "string" && en) text.en = en;
      out[b] = text;
    }
    return out as Omit<T, Flat<Req | Opt>> & Record<Req, LocalizedText> & Record<Opt, LocalizedText | null>;
  };
}
