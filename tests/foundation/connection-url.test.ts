import { describe, expect, it } from "vitest";
import { connectionTarget } from "@/db/connection-url";

// DATABASE_URL as libpq reads it (db/connection-url.ts): a server on this machine over its Unix socket.
describe("the database address", () => {
  it("takes libpq's host=/directory as the server's Unix socket, on the URL's port", () => {
    expect(connectionTarget("postgres://app:secret@localhost:6543/advocacy?host=/run/postgresql")).toEqual({
      url: "postgres://app:secret@localhost:6543/advocacy",
      path: "/run/postgresql/.s.PGSQL.6543",
    });
    expect(connectionTarget("postgres://app@localhost/advocacy?host=%2Ftmp%2Fpg%2F&sslmode=disable")).toEqual({
      url: "postgres://app@localhost/advocacy?sslmode=disable",
      path: "/tmp/pg/.s.PGSQL.5432",
    });
  });

  it("leaves every other address as it is", () => {
    for (const url of ["postgres://app@db.example:5432/advocacy", "postgres://app@localhost/advocacy?host=db.example", "postgres://app@localhost/advocacy?sslmode=require", "not a url"]) {
      expect(connectionTarget(url)).toEqual({ url });
    }
  });
});
