import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layer rule of docs/architecture.md is enforced by lint
 * (eslint.config.mjs). These feed ESLint deliberately wrong imports, as if
 * written in a file of each layer, and expect the error — and a right one,
 * expecting none.
 */
const root = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "import/no-restricted-paths" || m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("the layer direction (lint)", () => {
  it("refuses db importing components or app", async () => {
    expect(await layerErrors("db/queries/networks/wrong.ts", 'import { TextField as x } from "@/components/ui/form/Fields";')).toEqual([expect.stringContaining("db/ never imports")]);
    expect(await layerErrors("db/queries/networks/wrong.ts", 'import { createNetwork as x } from "@/app/[locale]/staff/networks/actions";')).toEqual([expect.stringContaining("db/ never imports")]);
  });

  it("refuses lib importing components or app, also by a relative path", async () => {
    expect(await layerErrors("lib/networks/wrong.ts", 'import { ActionForm as x } from "../../components/ui/form/ActionForm";')).toEqual([expect.stringContaining("lib/ never imports")]);
  });

  it("refuses components importing app, and db except types", async () => {
    expect(await layerErrors("components/networks/Wrong.tsx", 'import { createNetwork as x } from "@/app/[locale]/staff/networks/actions";')).toEqual([expect.stringContaining("components/ never import app/")]);
    expect(await layerErrors("components/networks/Wrong.tsx", 'import { getDb as x } from "@/db/client";')).toEqual([expect.stringContaining("import only types from db/")]);
    expect(await layerErrors("components/networks/Right.tsx", 'import type { Db as x } from "@/db/client";')).toEqual([]);
  });

  it("refuses Drizzle and the schema's tables in app/ (pages and actions call db/queries/<area>/), types allowed", async () => {
    expect(await layerErrors("app/[locale]/staff/networks/wrong.ts", 'import { eq as x } from "drizzle-orm";')).toEqual([expect.stringContaining("app/ does not use Drizzle")]);
    expect(await layerErrors("app/[locale]/staff/networks/wrong.ts", 'import { networks as x } from "@/db/schema";')).toEqual([expect.stringContaining("app/ does not use Drizzle")]);
    expect(await layerErrors("app/[locale]/staff/networks/[id]/wrong.tsx", 'import { networks as x } from "@/db/schema/networks";')).toEqual([expect.stringContaining("app/ does not use Drizzle")]);
    expect(await layerErrors("app/[locale]/staff/networks/right.ts", 'import type { Network as x } from "@/db/schema";')).toEqual([]);
    expect(await layerErrors("app/[locale]/staff/networks/right.ts", 'import type { SQL as x } from "drizzle-orm";')).toEqual([]);
  });

  it("refuses Drizzle in lib/ (the rules; SQL is in db/queries/<area>/), types allowed, the shared infrastructure exempt", async () => {
    expect(await layerErrors("lib/networks/wrong.ts", 'import { eq as x } from "drizzle-orm";')).toEqual([expect.stringContaining("lib/ does not use Drizzle")]);
    expect(await layerErrors("lib/networks/wrong.ts", 'import { pgTable as x } from "drizzle-orm/pg-core";')).toEqual([expect.stringContaining("lib/ does not use Drizzle")]);
    expect(await layerErrors("lib/networks/right.ts", 'import type { SQL as x } from "drizzle-orm";')).toEqual([]);
    expect(await layerErrors("lib/publishing.ts", 'import { eq as x } from "drizzle-orm";')).toEqual([]);
    expect(await layerErrors("db/queries/networks/right.ts", 'import { eq as x } from "drizzle-orm";')).toEqual([]);
  });

  it("refuses the schema's tables in lib/ (types allowed), and no area file of lib/ is exempt any more", async () => {
    expect(await layerErrors("lib/networks/wrong.ts", 'import { networks as x } from "@/db/schema";')).toEqual([expect.stringContaining("lib/ imports only types from the schema")]);
    expect(await layerErrors("lib/networks/wrong.ts", 'import { networks as x } from "../../db/schema/networks";')).toEqual([expect.stringContaining("lib/ imports only types from the schema")]);
    expect(await layerErrors("lib/networks/right.ts", 'import type { Network as x } from "@/db/schema";')).toEqual([]);
    for (const file of ["lib/advocacy/workflow.ts", "lib/advocacy/review-sources.ts", "lib/strategy/review/specs.ts", "lib/funding/import-apply.ts", "lib/documents/write.ts"]) {
      expect(await layerErrors(file, 'import { eq as x } from "drizzle-orm";')).toEqual([expect.stringContaining("lib/ does not use Drizzle")]);
      expect(await layerErrors(file, 'import { users as x } from "@/db/schema";')).toEqual([expect.stringContaining("lib/ imports only types from the schema")]);
    }
  });

  it("has no app/ file exempt from the no-Drizzle rule any more", async () => {
    for (const file of ["app/[locale]/staff/strategy/rounds/actions.ts", "app/[locale]/staff/funding/projects/[id]/page.tsx", "app/[locale]/staff/evaluations/actions.ts"]) {
      expect(await layerErrors(file, 'import { eq as x } from "drizzle-orm";')).toEqual([expect.stringContaining("app/ does not use Drizzle")]);
    }
  });

  it("lets imports run downwards", async () => {
    expect(await layerErrors("app/[locale]/staff/networks/right.ts", 'import { getDb as x } from "@/db/client";')).toEqual([]);
    expect(await layerErrors("lib/networks/right.ts", 'import { getDb as x } from "@/db/client";')).toEqual([]);
  });
});
