// A tiny static file server for dist/, used by `scripts/serve` and the
// end-to-end tests. It serves the same files at `/` and at a sub-path, so the
// tests can prove the build works wherever a static host puts it.
//
//   node scripts/static-server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

export const SUB_PATH = "/tools/thank-you/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

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
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
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
