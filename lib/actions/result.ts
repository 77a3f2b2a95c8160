/** A translatable message: a key in the `errors` (or other) namespace and its parameters. */
export type Message = { key: string; params?: Record<string, string | number> };
export type FieldErrors = Record<string, Message[]>;

export type ErrorCode = "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "unavailable" | "error";

export type Conflict = { by: string | null; at: string };

export type ActionFailure = {
  ok: false;
  code: ErrorCode;
  message: Message;
  fields?: FieldErrors;
  conflict?: Conflict;
};
export type ActionResult<T = unknown> = { ok: true; data: T } | ActionFailure;

/** HTTP status for each error code (route handlers use the same codes). */
export const httpStatus: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  error: 500,
};

/** Thrown inside an action to refuse it; the wrapper turns it into a failure result. */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: Message = { key: `errors.${code}` },
    readonly fields?: FieldErrors,
    readonly conflict?: Conflict,
  ) {
    super(code);
  }
}

export const invalidField = (field: string, key: string, params?: Message["params"]) =>
  new ActionError("invalid", { key: "errors.invalid" }, { [field]: [{ key: `errors.${key}`, params }] });
