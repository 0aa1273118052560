// A minimal HTTP load balancer for tests: each request goes to the next upstream in turn, as a
// round-robin balancer in front of several service instances would send it. Answers say which
// instance served them (`x-upstream-instance`), so a test can see the turns being taken.
import { createServer, request as httpRequest } from 'node:http';

/** `upstreams` are base URLs (http://host:port). */
export async function startRoundRobinProxy({
  port,
  upstreams,
}: {
  port: number;
  upstreams: string[];
}): Promise<{ url: string; close(): Promise<void> }> {
  const targets = upstreams.map((u) => new URL(u));
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next;
    next = (next + 1) % targets.length;
    const target = targets[index]!;
    const forwarded = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, {
          ...answer.headers,
          'x-upstream-instance': String(index + 1),
        });
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end('upstream unavailable');
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
