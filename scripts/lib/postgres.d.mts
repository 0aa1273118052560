export function postgresBinDir(): string | undefined;
export function startPostgres(options: {
  port: number;
  dataDir: string;
  log?: 'inherit' | 'ignore';
}): Promise<{ url: string; stop(): Promise<void> }>;
