// Every domain's tables, one file each. drizzle-kit reads this file.
export * from "./common";
export * from "./users";
export * from "./audit";
export * from "./strategy";
export * from "./advocacy";
export * from "./evaluation";
export * from "./reminders";
export * from "./public";
export * from "./networks";
export * from "./funding";
export * from "./rounds";
export * from "./documents";
export * from "./imports";
export * from "./links";
export * from "./dashboard";
