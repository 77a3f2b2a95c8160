import { z } from "zod";

/** An unset variable and an empty one mean the same (container templates often export "" for "not set"). */
const unsetIfEmpty = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === "" ? undefined : v), type);

/** Environment, validated once. Every variable the app reads is listed here
 * (and in the README). */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded PGlite database when DATABASE_URL is not set. */
  PGLITE_DIR: z.string().default(".data/pglite"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_OIDC_ISSUER: z.string().url().optional(),
  AUTH_OIDC_CLIENT_ID: z.string().optional(),
  AUTH_OIDC_CLIENT_SECRET: z.string().optional(),
  AUTH_OIDC_NAME: z.string().default("Helsinki-tunnus"),
  /** "true" shows the demo accounts on the sign-in page and seeds them. */
  DEMO_MODE: z.enum(["true", "false"]).optional(),
  /** Creates this admin account at start if it does not exist (production bootstrap). */
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(300).default(8 * 60 * 60),
  STALE_AFTER_DAYS: z.coerce.number().int().min(1).default(90),
  /** Public base URL of the app, for links in reminder e-mails and calendar feeds; falls back to AUTH_URL. */
  APP_URL: unsetIfEmpty(z.string().url().optional()),
  AUTH_URL: unsetIfEmpty(z.string().optional()),
  /** Outgoing mail for reminder digests. Without SMTP_HOST the job writes the messages to the log. */
  SMTP_HOST: unsetIfEmpty(z.string().optional()),
  /** Default 587 (465 with SMTP_TLS=tls). */
  SMTP_PORT: unsetIfEmpty(z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_USER: unsetIfEmpty(z.string().optional()),
  SMTP_PASSWORD: unsetIfEmpty(z.string().optional()),
  /** starttls: upgrade the connection, refuse to send without TLS; tls: TLS from the start (port 465); none: plain (a relay on the local network only). */
  SMTP_TLS: unsetIfEmpty(z.enum(["starttls", "tls", "none"]).default("starttls")),
  /** Sender of the digests, e.g. "Helsingin kaupunki <edunvalvonta@hel.fi>". Required with SMTP_HOST. */
  SMTP_FROM: unsetIfEmpty(z.string().optional()),
  /** Bearer secret of POST /api/jobs/reminders; unset = the route answers 404. */
  JOBS_SECRET: unsetIfEmpty(z.string().min(32).optional()),
  /** Deadlines this many days ahead are listed as coming up in digests and the inbox. */
  /** The proxies in front of the app (a hop count, or addresses/CIDR ranges), for the client address of per-address limits (lib/auth/client-address.ts). */
  TRUSTED_PROXIES: unsetIfEmpty(z.string().optional()),
  /** An open evaluation round shows its results and who has answered only once this many have submitted (a round may set its own). */
  EVALUATION_MIN_ANSWERS: unsetIfEmpty(z.coerce.number().int().min(1).max(1000).default(5)),
  /** Where uploaded documents are kept: "pg" (PostgreSQL, the default) or "s3" (an S3-compatible object store: lib/documents/storage.ts). */
  DOCUMENT_STORAGE: unsetIfEmpty(z.enum(["pg", "s3"]).default("pg")),
  /** With DOCUMENT_STORAGE=s3: the store's endpoint (path-style: <endpoint>/<bucket>/<key>), e.g. https://s3.eu-north-1.amazonaws.com or http://minio:9000. */
  DOCUMENT_S3_ENDPOINT: unsetIfEmpty(z.url().optional()),
  /** With DOCUMENT_STORAGE=s3: the region the requests are signed for, e.g. eu-north-1 (MinIO: us-east-1 unless set otherwise). */
  DOCUMENT_S3_REGION: unsetIfEmpty(z.string().optional()),
  /** With DOCUMENT_STORAGE=s3: the bucket (kept private: downloads go through the app's public/internal rule). */
  DOCUMENT_S3_BUCKET: unsetIfEmpty(z.string().optional()),
  DOCUMENT_S3_ACCESS_KEY_ID: unsetIfEmpty(z.string().optional()),
  DOCUMENT_S3_SECRET_ACCESS_KEY: unsetIfEmpty(z.string().optional()),
  /** Largest document file accepted, in megabytes (next.config.js lets 21 MB through; raise both together). */
  DOCUMENT_MAX_MB: unsetIfEmpty(z.coerce.number().int().min(1).max(20).default(20)),
  REMINDER_LOOKAHEAD_DAYS: unsetIfEmpty(z.coerce.number().int().min(1).max(90).default(14)),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment configuration:\n  ${problems.join("\n  ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Tests switch databases between files; production reads the environment once. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Demo mode is on for the embedded database unless switched off explicitly. */
export function isDemoMode(): boolean {
  const e = env();
  if (e.DEMO_MODE) return e.DEMO_MODE === "true";
  return !e.DATABASE_URL;
}

export function oidcEnabled(): boolean {
  const e = env();
  return Boolean(e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET);
}
