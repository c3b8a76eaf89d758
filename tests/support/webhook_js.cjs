// The official JS SDK's webhook functions (@phala/cloud/webhook), run on cases the
// Python tests send as JSON on stdin (tests/sdk/test_webhooks.py). Prints one JSON array
// with a result per case, in order:
//   {"op": "verify", "args": {...}}  -> {"ok": <verifyWebhookSignature(args)>}
//   {"op": "parse", "args": {...}}   -> {"ok": true, "event": <parseWebhookEvent(args)>}
//                                       or {"ok": false, "error": "<message>"}
//   {"op": "sign", "secret", "timestamp", "body"}
//                                    -> {"ok": true, "signature": "sha256=<hex>"}, made
//                                       with node:crypto as the Phala Cloud sender does.
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const { parseWebhookEvent, verifyWebhookSignature } = require("@phala/cloud/webhook");

function run(c) {
  try {
    switch (c.op) {
      case "verify":
        return { ok: verifyWebhookSignature(c.args) };
      case "parse":
        return { ok: true, event: parseWebhookEvent(c.args) };
      case "sign": {
        const mac = crypto.createHmac("sha256", c.secret).update(`${c.timestamp}.${c.body}`);
        return { ok: true, signature: `sha256=${mac.digest("hex")}` };
      }
      default:
        return { ok: false, error: `unknown op ${c.op}` };
    }
  } catch (error) {
    return { ok: false, error: String(error && error.message) };
  }
}

const cases = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(cases.map(run)));
