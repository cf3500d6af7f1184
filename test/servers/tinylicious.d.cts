export interface Tinylicious {
  port: number;
  /** http://localhost:<port> */
  endpoint: string;
  /** Storage and database directory. */
  dir: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}
export function startTinylicious(options?: { port?: number; dir?: string; timeoutMs?: number; inherit?: boolean }): Promise<Tinylicious>;
export function freePort(): Promise<number>;
