// A small static file server for dist/ and target/bench/: correct MIME types
// (application/wasm included, so WebAssembly.instantiateStreaming works), precompressed
// .br/.gz copies sent when the browser accepts them, no directory listings, bound to
// 127.0.0.1 only.
//
//   import { startStaticServer } from './static_server.mjs';
//   const srv = await startStaticServer('dist');        // free port
//   srv.url  // "http://127.0.0.1:PORT/"
//   await srv.close();
//
//   node scripts/static_server.mjs DIR [PORT] [HOST]     // foreground, for make serve

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serve `root` on `host`:`port` (port 0 = a free one). Resolves once listening.
 * `rewrite(text)`, if given, changes every HTML page before it is sent (the e2e test points
 * the demo blog's snippet at the app's port). Every request's URL, as the server received
 * it, is kept in `received`.
 * Returns { url, port, server, received, close() }.
 */
export async function startStaticServer(root, { port = 0, host = '127.0.0.1', log = false, rewrite } = {}) {
  const received = [];
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    received.push(req.url);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = path.resolve(base, '.' + pathname);
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      let st = await stat(file).catch(() => null);
      if (st && st.isDirectory()) {
        file = path.join(file, 'index.html');
        st = await stat(file).catch(() => null);
      }
      if (!st || !st.isFile()) {
        if (log) console.log(`404 ${req.url}`);
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (rewrite && type.startsWith('text/html')) {
        const body = Buffer.from(rewrite(await readFile(file, 'utf8')), 'utf8');
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      // A precompressed copy beside the file (scripts/post_build.mjs writes them), when the
      // browser takes its encoding and the copy is as new as the file: brotli first, then
      // gzip; otherwise the file as it is.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      let body = file;
      let size = st.size;
      let encoding = null;
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!new RegExp(`\\b${enc}\\b`).test(accepts)) continue;
        const cst = await stat(file + ext).catch(() => null);
        // Never a copy older than the file (one edited after the build, as tests do).
        if (cst && cst.isFile() && cst.mtimeMs >= st.mtimeMs) {
          body = file + ext;
          size = cst.size;
          encoding = enc;
          break;
        }
      }
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': size,
        'Cache-Control': 'no-store',
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      });
      if (log) console.log(`200 ${req.url}${encoding ? ` (${encoding})` : ''}`);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(body).pipe(res);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  // Keep-alive sockets would hold close() open after the browser is gone.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    server,
    received,
    port: actual,
    url: `http://${host}:${actual}/`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080', host = '127.0.0.1'] = process.argv.slice(2);
  const srv = await startStaticServer(root, { port: Number(port), host, log: true });
  console.log(`serving ${path.resolve(root)} on ${srv.url}`);
}
