import { env } from "@/lib/env";

/** The app's public base URL for links in e-mails and feeds: APP_URL, else AUTH_URL, else localhost. */
export function appBaseUrl(): string {
  const e = env();
  const url = e.APP_URL ?? e.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return url.replace(/\/+$/, "");
}
