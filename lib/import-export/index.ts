// The shared import/export mechanism (server code: csv-parse/csv-stringify, exceljs; client
// components import "@/lib/import-export/import" directly). See import.ts for the flow.
export * from "./csv";
export * from "./cells";
export * from "./import";
export * from "./table";
export * from "./xlsx";
// route.ts (server-only) is imported directly by route handlers.
export * from "./sheet";
