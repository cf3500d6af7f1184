import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphSandbox, SandboxOptions } from '../graph/sandbox/graphSandbox';

export * from '../graph/sandbox/graphSandbox';

/** The path a development server answers with the sandbox's base URL. */
export const GRAPH_SANDBOX_CONFIG: '/graph-sandbox.json';
/** $GRAPH_SANDBOX_PORT as a number, if set. */
export function portFromEnvironment(): number | undefined;

export interface ServedGraphSandbox {
  /** The running sandbox, or null if it could not start. */
  started: Promise<GraphSandbox | null>;
  /** Answers GET GRAPH_SANDBOX_CONFIG: `{ "baseUrl": … }` (no-store), or 503. */
  answer(request: IncomingMessage, response: ServerResponse): void;
  close(): Promise<void>;
}
export function serveGraphSandbox(options?: SandboxOptions & { log?: Pick<Console, 'log' | 'error'> }): ServedGraphSandbox;
