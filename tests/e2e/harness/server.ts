/**
 * Serves test pages from 127.0.0.1 on a free port: content scripts do not run on file:,
 * data: or about:blank pages, so every page a test opens comes from here.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves the files under `roots` (first match wins); `/name` looks in each root in turn. */
export async function servePages(roots: readonly string[]): Promise<PageServer> {
  const absoluteRoots = roots.map((r) => resolve(r));
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would put an error in every page's console.
      response.writeHead(204);
      response.end();
      return;
    }
    void (async () => {
      for (const root of absoluteRoots) {
        const file = normalize(join(root, path));
        if (!file.startsWith(root + sep)) continue;
        try {
          const body = await readFile(file);
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          response.end(body);
          return;
        } catch {
          // Not in this root; try the next.
        }
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
