import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { ApiKeyRecord, Graph } from '../../graph/index.js';
import type { Capability } from '../permissions.js';

/** Who is asking: the graph guarded by the caller's key (every transaction re-checks it), the key, where from. */
export interface Caller {
  graph: Graph;
  key: ApiKeyRecord;
  /** The client's address over HTTP, `stdio` for a desktop assistant: for the log of denied calls. */
  client: string;
}

/**
 * A tool's answer: `structured` is the data (graph text stays in its fields); `text` is our short
 * reading of it, made of ids, counts, days and relationship types only, never of names or
 * descriptions someone typed into the graph, so nothing from the graph reads as an instruction.
 */
export interface ToolAnswer<Out> {
  structured: Out;
  text: string;
}

export interface Tool<In extends z.ZodObject = z.ZodObject, Out extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  /** The same capabilities the GraphQL root fields need (api/permissions.ts). */
  capability: Capability;
  input: In;
  output: Out;
  annotations: ToolAnnotations;
  run(args: z.output<In>, caller: Caller): Promise<ToolAnswer<z.input<Out>>>;
}

/** Declares a tool; the arguments reach `run` parsed by `input` (defaults filled), unknown ones refused. */
export const defineTool = <In extends z.ZodObject, Out extends z.ZodObject>(tool: Tool<In, Out>): Tool => tool as unknown as Tool;

/** Read-only questions: the protocol's hints that a client may call them freely. */
export const readOnly = (title: string): ToolAnnotations => ({ title, readOnlyHint: true, idempotentHint: true, openWorldHint: false });
