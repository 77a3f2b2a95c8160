/**
 * This server's other worker processes (scripts/serve.mjs puts the bus on
 * globalThis in each worker): `send` a note to all the others, `on` a kind of
 * note, and `claim` an import job from the primary (first claim wins). Absent
 * in a single server process, where there is nobody to tell. No imports: the
 * proxy's bundle reads it too (lib/db-health.ts).
 */
export type WorkerBus = {
  send: (note: { kind: string; [field: string]: unknown }) => void;
  on: (kind: string, fn: (note: never) => void) => void;
  claim: (id: string) => Promise<boolean>;
};

export const workerBus = (): WorkerBus | undefined => (globalThis as { __workerBus?: WorkerBus }).__workerBus;
