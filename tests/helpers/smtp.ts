import { SMTPServer } from "smtp-server";

/** A message as the test SMTP server received it, decoded. */
export type ReceivedMail = { envelopeTo: string[]; from: string; subject: string; headers: Map<string, string>; text: string; html: string; raw: string };

/**
 * A real SMTP server on a local port (the `smtp-server` package): the
 * digests travel over SMTP exactly as in production and the test reads what
 * arrived. `reject` makes it refuse a recipient, like a mail server would.
 */
export async function startSmtpServer(port: number, options: { user?: string; password?: string } = {}) {
  const received: ReceivedMail[] = [];
  const reject = new Set<string>();
  const logins: string[] = [];
  const server = new SMTPServer({
    authOptional: !options.user,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) {
        logins.push(auth.username ?? "");
        return callback(null, { user: auth.username });
      }
      return callback(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, callback) {
      if (reject.has(address.address.toLowerCase())) return callback(new Error(`550 5.1.1 <${address.address}>: mailbox unavailable`));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ ...parseMail(raw), envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    received,
    reject,
    logins,
    /** Messages whose envelope went to this address. */
    to: (address: string) => received.filter((m) => m.envelopeTo.includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/** Enough MIME to read what nodemailer writes: headers, RFC 2047 words, multipart, quoted-printable and base64. */
export function parseMail(raw: string): Omit<ReceivedMail, "envelopeTo" | "raw"> {
  const { headers, body } = splitEntity(raw);
  const parts = leafParts(headers, body);
  const part = (type: string) => parts.find((p) => (p.headers.get("content-type") ?? "text/plain").toLowerCase().startsWith(type));
  return {
    headers,
    from: decodeWords(headers.get("from") ?? ""),
    subject: decodeWords(headers.get("subject") ?? ""),
    text: part("text/plain")?.content ?? "",
    html: part("text/html")?.content ?? "",
  };
}

function splitEntity(raw: string) {
  const at = raw.indexOf("\r\n\r\n");
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? "" : raw.slice(at + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function leafParts(headers: Map<string, string>, body: string): { headers: Map<string, string>; content: string }[] {
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((chunk) => !chunk.startsWith("--"))
      .flatMap((chunk) => {
        const entity = splitEntity(chunk.replace(/^\r\n/, ""));
        return leafParts(entity.headers, entity.body.replace(/\r\n$/, ""));
      });
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  let bytes: Buffer;
  if (encoding === "base64") bytes = Buffer.from(body.replace(/\s+/g, ""), "base64");
  else if (encoding === "quoted-printable") bytes = quotedPrintable(body);
  else bytes = Buffer.from(body, "utf8");
  return [{ headers, content: bytes.toString("utf8").replace(/\r\n/g, "\n") }];
}

function quotedPrintable(body: string): Buffer {
  const soft = body.replace(/=\r\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]!;
    if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      out.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(...Buffer.from(c, "utf8"));
  }
  return Buffer.from(out);
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=); whitespace between adjacent words is dropped. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, "$1")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : quotedPrintable(text.replace(/_/g, " ")).toString("utf8"),
    );
}
