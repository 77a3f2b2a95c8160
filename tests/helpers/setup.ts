import { vi } from "vitest";

// Actions run outside a Next request in tests: the session comes from the
// test (action.execute(actor, …)), never from cookies.
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));
