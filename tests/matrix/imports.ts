import { createImportJob } from "@/lib/import-export/jobs";
import type { MatrixRows } from "../helpers/matrix";

export const rows: MatrixRows = {
  routes: [
    {
      // An import's progress (counts only): the person who started it (here the owner unit's editor) and the list's
      // coordinators; for anyone else the job does not exist (404). More in tests/import-export/progress.test.ts.
      route: "GET /api/staff/import-jobs/[id]",
      request: async (ctx) => {
        const job = createImportJob(ctx.actors.editorOwn.id, "advocacy-actions", "check")!;
        return { request: new Request(`http://localhost/api/staff/import-jobs/${job.id}`), params: { id: job.id } };
      },
      expect: { public: "refused", executive: "refused", editorOwn: "allowed", editorOther: "refused", coordinator: "allowed", admin: "allowed" },
      refusedStatus: { executive: 404, editorOther: 404 },
    },
  ],
};
