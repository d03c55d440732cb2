// The peer of bench_msgread: @kenjiuno/msgreader (npm) reading the same .msg files, in one
// process, every attachment's bytes included (our reader loads them all too).
//   node msgread.mjs MODULE_DIR RUNS FILE...
// MODULE_DIR holds node_modules/@kenjiuno/msgreader (tests/msg/independent after npm ci).
// Prints "files N bytes B best-ms T" for the best of RUNS passes over all files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [moduleDir, runsText, ...files] = process.argv.slice(2);
const require = createRequire(join(moduleDir, 'package.json'));
const mod = require('@kenjiuno/msgreader');
const MsgReader = mod.default ?? mod;

function readAll(fields, reader) {
  let n = (fields.recipients ?? []).length;
  for (const a of fields.attachments ?? []) {
    if (a.innerMsgContent && a.innerMsgContentFields)
      n += readAll(a.innerMsgContentFields, reader);
    else
      n += reader.getAttachment(a).content?.length ?? 0;
  }
  return n;
}

const inputs = files.map((f) => readFileSync(f));
let best = Infinity, bytes = 0, sink = 0;
for (let r = 0; r < Number(runsText); ++r) {
  const t0 = process.hrtime.bigint();
  for (const b of inputs) {
    try {
      const reader = new MsgReader(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
      const fields = reader.getFileData();
      sink += fields.error ? 0 : readAll(fields, reader);
    } catch (e) {
      sink += 1;
    }
  }
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
}
for (const b of inputs) bytes += b.length;
console.log(`files ${inputs.length} bytes ${bytes} best-ms ${best.toFixed(1)} (${sink})`);
