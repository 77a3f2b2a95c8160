/** The named fields of an object, in `fields` order (e.g. a form's edited fields, without ids, versions and flags; an item's public fields). */
export function pickFields<T extends object, F extends keyof T & string>(input: T, fields: readonly F[]): Pick<T, F> {
  return Object.fromEntries(fields.map((f) => [f, input[f]])) as Pick<T, F>;
}
