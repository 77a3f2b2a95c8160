import type { z } from "zod";
import type { FieldErrors, Message } from "./result";

/** zod issues as translatable messages, grouped by field path. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (fields[path] ??= []).push(messageFor(issue));
  }
  return fields;
}

function messageFor(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? { key: "errors.required" }
        : { key: issue.expected === "number" || issue.expected === "int" ? "errors.number" : "errors.invalidValue" };
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? { key: "errors.required" } : { key: "errors.tooShort", params: { min: Number(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "errors.chooseAtLeast", params: { min: Number(issue.minimum) } };
      return { key: "errors.tooSmall", params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "errors.tooLong", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "errors.tooMany", params: { max: Number(issue.maximum) } };
      return { key: "errors.tooBig", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "errors.email" : issue.format === "url" ? "errors.url" : issue.format === "uuid" ? "errors.unknownItem" : "errors.invalidValue" };
    case "invalid_value":
      return { key: "errors.invalidValue" };
    case "unrecognized_keys":
      return { key: "errors.unexpectedField" };
    case "custom":
      return typeof issue.message === "string" && issue.message.startsWith("errors.")
        ? { key: issue.message, params: (issue.params as Message["params"]) ?? undefined }
        : { key: "errors.invalidValue" };
    default:
      return { key: "errors.invalidValue" };
  }
}
