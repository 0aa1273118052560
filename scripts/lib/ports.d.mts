export function freePort(): Promise<number>;
export function waitForPort(
  port: number,
  options?: { host?: string; timeoutMs?: number },
): Promise<void>;
