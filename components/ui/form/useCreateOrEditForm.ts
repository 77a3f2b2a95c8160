"use client";

import { useRouter } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { useActionForm } from "./useActionForm";

type Action<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;

/**
 * The form of an item page that both creates and edits: with an `item` it
 * sends `update` and stays (the page is read again, see useActionForm);
 * without one it sends `create` and then goes to the new item's page,
 * `href(id)` of the id the action returned.
 *
 * ```ts
 * const { state, pending, onSubmit } = useCreateOrEditForm(ask, { create: createAsk, update: updateAsk }, (id) => `/staff/advocacy/asks/${id}`);
 * ```
 */
export function useCreateOrEditForm<C, U>(item: unknown, actions: { create: Action<C>; update: Action<U> }, href: (id: string) => string) {
  const router = useRouter();
  return useActionForm<C | U>(item ? actions.update : actions.create, {
    onSuccess: (data) => {
      if (item) return;
      router.push(href((data as { id: string }).id));
      return "navigated";
    },
  });
}
