import { randomUUID } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateEmbedded, migrateServer } from "@/db/migrate";
import { adminClient, databaseUrlOn, testServerUrl } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated embedded database (PGlite dumpDataDir), as a file: each test file's database starts as a copy. */
    pgliteTemplateFile: string | null;
    /** A migrated database on the test PostgreSQL server: each test file's database is created from it. */
    postgresTemplate: string | null;
  }
}

/**
 * Migrate once, copy per test file: every test file gets a fresh database
 * (tests/helpers/db.ts), and starting each one empty cost seconds (initdb in
 * WebAssembly on PGlite, thirty migrations on PostgreSQL). The copies are the
 * same database the migrations make; the app's start-up still runs on each
 * (it finds the migrations applied, then fills in the demo data if asked).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DB === "postgres") {
    const adminUrl = testServerUrl();
    const name = `t_template_${randomUUID().replaceAll("-", "")}`;
    const admin = adminClient(adminUrl);
    await admin.unsafe(`create database ${name}`);
    await migrateServer(databaseUrlOn(adminUrl, name));
    project.provide("postgresTemplate", name);
    project.provide("pgliteTemplateFile", null);
    return async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = new PGlite("memory://");
  await migrateEmbedded(drizzle(client) as never);
  const file = path.join(os.tmpdir(), `helsinki-pglite-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
  await client.close();
  project.provide("pgliteTemplateFile", file);
  project.provide("postgresTemplate", null);
  return () => rm(file, { force: true });
}
