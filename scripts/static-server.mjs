// A tiny static file server for dist/, used by `scripts/serve` and the
// end-to-end tests. It serves the same files at `/` and at a sub-path, so the
// tests can prove the build works wherever a static host puts it, and
// compresses them with brotli or gzip as a real host would, so what the
// browser downloads here is what a visitor downloads.
//
//   node scripts/static-server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const SUB_PATH = "/tools/thank-you/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

// Compressing a wasm file at brotli's best takes a second: do it once per
// file version and encoding.
const encoded = new Map();

/** The file's body in the best encoding the browser accepts. */
async function encodedFile(file, accepted) {
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
  const key = `${file} ${(await stat(file)).mtimeMs} ${encoding}`;
  if (!encoded.has(key)) encoded.set(key, encode(await readFile(file), encoding));
  return { body: encoded.get(key), encoding };
}

function encode(raw, encoding) {
  if (encoding === "br") return brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  if (encoding === "gzip") return gzipSync(raw, { level: 9 });
  return raw;
}

/** Starts serving `dir`; resolves to the listening `http.Server`. */
export function serve({ dir = "dist", host = "127.0.0.1", port = 0 } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.startsWith(SUB_PATH)) path = "/" + path.slice(SUB_PATH.length);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const { body, encoding } = await encodedFile(file, req.headers["accept-encoding"] ?? "");
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        vary: "accept-encoding",
        ...(encoding && { "content-encoding": encoding }),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const server = await serve({ dir: arg("dir", "dist"), host: arg("host", "127.0.0.1"), port: Number(arg("port", 8080)) });
  const { address, port } = server.address();
  console.log(`Kept in Mind is being served at http://${address}:${port}/ (also at http://${address}:${port}${SUB_PATH})`);
  console.log("Press Ctrl+C to stop.");
}
