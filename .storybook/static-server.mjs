// Serves the static Storybook build under a sub-path (as a publisher would, e.g.
// https://example.com/design/storybook/), so any absolute URL left in the build fails to load.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * @param {string} root the build folder
 * @param {string} basePath where it is published, with leading and trailing slashes
 * @returns {Promise<{ url: string, close: () => void }>} the build's URL (ends in basePath)
 */
export async function serveStatic(root, basePath) {
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (!pathname.startsWith(basePath)) {
      res.writeHead(404);
      res.end();
      return;
    }
    const inside = normalize(pathname.slice(basePath.length)).replace(/^(\.\.[/\\])+/, '');
    const path = inside === '.' ? 'index.html' : inside;
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch (error) {
      if (error.code !== 'ENOENT') console.error(`serving ${path} failed: ${error.message}`);
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${basePath}`,
    close: () => server.close(),
  };
}
