// The port asked for on the command line (`-p 3961`, `--port 3961`, `--port=3961`), as with `next start`; undefined when none.
// Throws on a value that is not a port, so that a typo is not silently served on 3000.
export function portFromArgs(args) {
  for (let i = 0; i < args.length; i++) {
    const m = /^(?:-p|--port)(?:=(.*))?$/.exec(args[i]);
    if (!m) continue;
    const value = m[1] ?? args[i + 1];
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) throw new Error(`not a port: ${value ?? "(missing)"}`);
    return value;
  }
  return undefined;
}
