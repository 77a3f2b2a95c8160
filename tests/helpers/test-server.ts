import postgres from "postgres";

/** The throw-away PostgreSQL server the tests run on with TEST_DB=postgres: its admin URL (TEST_DATABASE_URL). */
export function testServerUrl(): string {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  return adminUrl;
}

/** The URL of the database `name` on the same server. */
export const databaseUrlOn = (adminUrl: string, name: string): string => adminUrl.replace(/\/[^/]*$/, `/${name}`);

/** One connection as the server's admin, to create and drop databases; `end()` it when done. */
export const adminClient = (adminUrl: string) => postgres(adminUrl, { max: 1, onnotice: () => {} });
