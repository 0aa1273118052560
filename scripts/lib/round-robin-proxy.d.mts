export function startRoundRobinProxy(options: {
  port: number;
  upstreams: string[];
}): Promise<{ url: string; close: () => Promise<void> }>;
