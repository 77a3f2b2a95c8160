import { vi } from "vitest";

// Actions run outside a Next request in tests: the session comes from the
// test (action.execute(actor, …)), never from cookies.
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));

// A fixed clock for the date-sensitive tests (scripts/test-all.sh runs them
// again under FAKE_NOW): only Date is faked, so timers and the database work
// as usual; the clock starts at FAKE_NOW and moves on in real time.
const fakeNow = process.env.FAKE_NOW;
if (fakeNow) {
  const now = new Date(fakeNow);
  if (Number.isNaN(now.getTime())) throw new Error(`FAKE_NOW is not a date: ${fakeNow}`);
  vi.useFakeTimers({ now, toFake: ["Date"], shouldAdvanceTime: true });
}
