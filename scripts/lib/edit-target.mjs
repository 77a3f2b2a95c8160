// What the fault and load scripts edit: measures, saved through the real
// server action `strategy.measure.update` with the form a browser sends.
// Each writer gets a measure of its own (no conflicts between writers) and
// writes a unique marker into its internal notes, so every acknowledged
// write can be found afterwards.
import postgres from "postgres";
import { callAction, serverAction } from "./harness.mjs";

export async function createEditTargets(databaseUrl, count, label) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [goal] = await sql`select id from goals where archived_at is null order by sort_order limit 1`;
    const [priority] = await sql`select id from priorities where goal_id = ${goal.id} order by sort_order limit 1`;
    const [unit] = await sql`select id from units where code = 'KANS'`;
    const targets = [];
    for (let i = 0; i < count; i++) {
      const title = { fi: `Kuormitustesti ${label} ${i}`, sv: `Belastningstest ${label} ${i}`, en: `Load test ${label} ${i}` };
      const [m] = await sql`insert into measures (goal_id, title, status, progress, responsible_unit_id, visibility)
        values (${goal.id}, ${sql.json(title)}, 'on_schedule', 10, ${unit.id}, 'internal') returning id, version`;
      await sql`insert into measure_priorities (measure_id, priority_id) values (${m.id}, ${priority.id})`;
      targets.push({
        id: m.id,
        version: m.version,
        startVersion: m.version,
        form: { titleFi: title.fi, titleSv: title.sv, titleEn: title.en, status: "on_schedule", progress: "10", goalId: goal.id, responsibleUnitId: unit.id, priorityIds: [priority.id], contactIds: [], weight: "1", visibility: "internal" },
      });
    }
    return targets;
  } finally {
    await sql.end();
  }
}

export function editAction() {
  return { id: serverAction("app/[locale]/staff/strategy/measures/actions.ts", "updateMeasure"), page: "/fi/staff/strategy/measures/new" };
}

/** One save of a target with a marker; updates the target's version when acknowledged. */
export async function saveTarget(base, action, target, marker, cookie) {
  const input = { ...target.form, id: target.id, version: String(target.version), internalNotes: marker };
  const response = await callAction(base, action.page, action.id, [null, input], cookie);
  if (response.result?.ok) target.version++;
  return response;
}

export async function currentVersion(databaseUrl, target) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 2 });
  try {
    const [row] = await sql`select version from measures where id = ${target.id}`;
    return row?.version;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * Every acknowledged write is there, and nothing is half-done: each target
 * holds its last acknowledged marker, its history has one update entry per
 * version step, and every acknowledged marker is in that history.
 */
export async function verifyWrites(databaseUrl, targets, acked) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const problems = [];
  let present = 0;
  try {
    for (const t of targets) {
      const [row] = await sql`select version, internal_notes from measures where id = ${t.id}`;
      const history = await sql`select version, after from audit_log where entity_type = 'measure' and entity_id = ${t.id} and action = 'update' order by id`;
      const mine = acked.filter((a) => a.id === t.id);
      const last = mine[mine.length - 1];
      if (last && row.internal_notes !== last.marker) {
        // A save that committed but whose answer was lost (e.g. cut by the outage) may come after; it must be in the history too.
        const later = history.find((h) => JSON.stringify(h.after ?? {}).includes(row.internal_notes ?? "\u0000"));
        if (!later) problems.push(`measure ${t.id}: holds "${row.internal_notes}", not its last acknowledged write "${last.marker}"`);
      }
      if (history.length !== row.version - t.startVersion) problems.push(`measure ${t.id}: version went ${t.startVersion} → ${row.version} with ${history.length} history entries`);
      const texts = history.map((h) => JSON.stringify(h.after ?? {}));
      for (const a of mine) {
        if (texts.some((x) => x.includes(a.marker))) present++;
        else problems.push(`measure ${t.id}: acknowledged write ${a.marker} is not in the history`);
      }
    }
  } finally {
    await sql.end();
  }
  return { present, problems };
}
