/** Serves the built SPA: real files from dist/, index.html for every app route. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

export const DIST_DIR = path.join(import.meta.dirname, 'dist');
export const BUILD_COMMAND = 'npx vite build --config tests/fakes/clevertap/vite.config.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function assertBuilt(distDir: string = DIST_DIR): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(
      `The CleverTap sandbox UI is not built (no ${path.join(distDir, 'index.html')}). ` +
        `Build it with \`${BUILD_COMMAND}\` (or \`npm run build:sandbox\`).`,
    );
  }
}

/** Files with an extension are assets (404 when missing); everything else is an app route. */
export function serveStatic(pathname: string, response: ServerResponse, head: boolean, distDir: string = DIST_DIR): void {
  const isAppRoute = pathname === '/login.html' || !path.posix.extname(pathname);
  const file = isAppRoute ? path.join(distDir, 'index.html') : path.join(distDir, path.posix.normalize(pathname));
  if (!file.startsWith(distDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const body = readFileSync(file);
  response.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? (isAppRoute ? 'text/html; charset=utf-8' : 'application/octet-stream'),
    'Content-Length': body.length,
    // Hashed asset names never change; the HTML must always be fresh.
    'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  response.end(head ? undefined : body);
}
