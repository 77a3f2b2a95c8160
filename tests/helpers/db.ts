import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, getDb, startEmbeddedFrom, type Db } from "@/db/client";
import { resetEnvCache } from "@/lib/env";
import { adminClient, databaseUrlOn, testServerUrl } from "./test-server";

/**
 * A fresh database for one test file: an in-memory PGlite, or (with
 * TEST_DB=postgres) a new database on the throw-away PostgreSQL server, each
 * a copy of the one migrated database (tests/helpers/global-setup.ts). The
 * app's own start-up (migrations, demo data) runs on it.
 */
export function setupTestDatabase(options: { demo?: boolean } = {}): () => Promise<Db> {
  let dbName: string | undefined;
  beforeAll(async () => {
    await closeDb();
    process.env.DEMO_MODE = options.demo ? "true" : "false";
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
    if (process.env.TEST_DB === "postgres") {
      const adminUrl = testServerUrl();
      dbName = `t_${randomUUID().replaceAll("-", "")}`;
      const admin = adminClient(adminUrl);
      const template = inject("postgresTemplate");
      await admin.unsafe(`create database ${dbName}${template ? ` template ${template}` : ""}`);
      await admin.end();
      process.env.DATABASE_URL = databaseUrlOn(adminUrl, dbName);
    } else {
      delete process.env.DATABASE_URL;
      process.env.PGLITE_DIR = "memory://";
      const templateFile = inject("pgliteTemplateFile");
      if (templateFile) startEmbeddedFrom(new Blob([await readFile(templateFile)]));
    }
    resetEnvCache();
    await getDb();
  });
  afterAll(async () => {
    await closeDb();
    if (dbName) {
      const admin = adminClient(testServerUrl());
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  });
  return getDb;
}
