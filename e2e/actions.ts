import { readFileSync } from "node:fs";
import path from "node:path";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id Next gave a server action in the build (to post it by hand, as an attacker would). */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${filename}#${exportedName} in the build`);
  return found[0];
}
