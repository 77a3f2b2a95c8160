import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { env } from "@/lib/env";

type Nodemailer = typeof import("nodemailer");

export type OutgoingMail = { to: string; subject: string; text: string; html: string };

/** Where digests go: an SMTP server, or the log when none is configured. */
export type Mailer = {
  mode: "smtp" | "log";
  send: (mail: OutgoingMail) => Promise<{ messageId: string | null }>;
  close: () => void;
};

/**
 * nodemailer, loaded when a digest is about to be sent (never at build or
 * start). A checkout whose node_modules predates the dependency (package.json
 * declares it; `npm ci` installs it) falls back to the copy that the
 * smtp-server test package brings along, so nothing breaks before a reinstall.
 */
function loadNodemailer(): Nodemailer {
  const fromApp = createRequire(path.join(process.cwd(), "package.json"));
  try {
    return fromApp("nodemailer") as Nodemailer;
  } catch (error) {
    try {
      return createRequire(fromApp.resolve("smtp-server/package.json"))("nodemailer") as Nodemailer;
    } catch {
      throw error;
    }
  }
}

/** SMTP from SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_TLS and SMTP_FROM; without SMTP_HOST, the log. */
export function mailerFromEnv(log: (line: string) => void = console.info): Mailer {
  const e = env();
  if (!e.SMTP_HOST) return logMailer(log);
  if (!e.SMTP_FROM) throw new Error("SMTP_FROM is not set: reminder e-mails need a sender address when SMTP_HOST is set.");
  const transport = loadNodemailer().createTransport({
    host: e.SMTP_HOST,
    port: e.SMTP_PORT ?? (e.SMTP_TLS === "tls" ? 465 : 587),
    secure: e.SMTP_TLS === "tls",
    requireTLS: e.SMTP_TLS === "starttls",
    ignoreTLS: e.SMTP_TLS === "none",
    auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? "" } : undefined,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  const from = e.SMTP_FROM;
  return {
    mode: "smtp",
    send: async (mail) => {
      const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      return { messageId: typeof info.messageId === "string" ? info.messageId : null };
    },
    close: () => transport.close(),
  };
}

/** No SMTP server: each digest is written to the log, saying so, and counted as logged (not sent). */
export function logMailer(log: (line: string) => void = console.info): Mailer {
  return {
    mode: "log",
    send: async (mail) => {
      log(`[reminders] SMTP is not configured (SMTP_HOST is unset): this digest is written to the log instead of being sent.\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}`);
      return { messageId: null };
    },
    close: () => {},
  };
}
