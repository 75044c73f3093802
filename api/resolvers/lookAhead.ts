import { getArgumentValues, GraphQLError, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { InputError, type NodeRecord } from '../../graph/index.js';

/*
 * `aiSystem(id) { coverage }` would read the system, then ask the question: two round-trips. The
 * question's read returns its subject whole, so when the selection asks the node for that one
 * field, the lookup asks the question instead and the field finds the answer waiting here.
 */

/** Answers read ahead, by the node record they were read for; gone with the request's records. */
const answers = new WeakMap<object, { field: string; args: string; answer: unknown }>();

/**
 * The arguments `field` is asked with on the node being resolved, when it is asked exactly once,
 * directly and unconditionally; null otherwise (fragments, aliases twice, directives), and then
 * the node is simply looked up first.
 */
export function soleFieldArgs(info: GraphQLResolveInfo, typeName: string, field: string): Record<string, unknown> | null {
  const type = info.schema.getType(typeName);
  const definition = isObjectType(type) ? type.getFields()[field] : undefined;
  if (!definition) return null;
  let found: FieldNode | null = null;
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== 'Field') return null;
      if (selection.name.value !== field) continue;
      if (found || selection.directives?.length) return null;
      found = selection;
    }
  }
  return found ? getArgumentValues(definition, found, info.variableValues) : null;
}

/**
 * The node `id`, read by asking `field`'s question when the selection allows it (the answer is
 * kept for the field), else by `lookup`. A question refused for its arguments falls back to the
 * lookup, so the refusal comes from the field itself, at its own path. So does one that `ahead`
 * says not to ask ahead: a question about a past day, whose subject is the node as it was then,
 * while the node itself is looked up as it is today.
 */
export async function lookUpAsking<A extends { subject: NodeRecord }>(
  info: GraphQLResolveInfo,
  typeName: string,
  field: string,
  ask: (args: Record<string, unknown>) => Promise<A | null>,
  lookup: () => Promise<NodeRecord | null>,
  ahead: (args: Record<string, unknown>) => boolean = () => true,
): Promise<NodeRecord | null> {
  const args = soleFieldArgs(info, typeName, field);
  if (!args || !ahead(args)) return lookup();
  let answer: A | null;
  try {
    answer = await ask(args);
  } catch (error) {
    const badInput = error instanceof InputError || (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT');
    if (badInput) return lookup();
    throw error;
  }
  if (!answer) return null;
  answers.set(answer.subject, { field, args: JSON.stringify(args), answer });
  return answer.subject;
}

/** The answer read ahead for `field` on this node with these arguments, if any. */
export function answeredAhead<A>(node: object, field: string, args: Record<string, unknown>): A | undefined {
  const kept = answers.get(node);
  return kept && kept.field === field && kept.args === JSON.stringify(args) ? (kept.answer as A) : undefined;
}
