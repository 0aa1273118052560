/**
 * The methods each registered URL pattern answers, so that a request whose path exists but
 * whose method does not gets 405 with `Allow`, not a 404 that suggests the path is wrong.
 */
export class RouteMethods {
  readonly #routes = new Map<string, { pattern: RegExp; methods: Set<string> }>();

  add(url: string, method: string | string[]): void {
    // Catch-alls (the CORS preflight answers OPTIONS on every path) say nothing about a path.
    if (url.includes('*')) return;
    let route = this.#routes.get(url);
    if (!route) {
      route = { pattern: patternOf(url), methods: new Set() };
      this.#routes.set(url, route);
    }
    for (const m of [method].flat()) route.methods.add(m.toUpperCase());
  }

  /** Every method some route answers at this path (sorted), or none. */
  allowed(path: string): string[] {
    const methods = new Set<string>();
    for (const { pattern, methods: theirs } of this.#routes.values()) {
      if (pattern.test(path)) for (const m of theirs) methods.add(m);
    }
    return [...methods].sort();
  }
}

/** `/api/videos/:id/share` → a RegExp for concrete paths (a trailing slash is ignored, as by the router). */
function patternOf(url: string): RegExp {
  const body = url
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${body}/?$`);
}
