import { InputError } from '../errors.js';
import { isUnicodeText } from '../writes/validate.js';

export type Json = Record<string, unknown>;

/** An OSCAL token: a letter or `_` first, then letters, digits, `.`, `-` or `_`. */
export const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
export const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

const TOKEN_RULE: Rule = [TOKEN, 'is not an OSCAL token (a letter or "_" first, then letters, digits, ".", "-" or "_")'];
const UUID_RULE: Rule = [UUID, 'is not a uuid'];
export const rules = { token: TOKEN_RULE, uuid: UUID_RULE };

/** A pattern a string must match, and what to say when it does not. */
export type Rule = [RegExp, string];

interface StringOptions {
  required?: boolean;
  /** With `required`: present, but it may be empty (OSCAL's required markup that a writer may leave blank). */
  allowEmpty?: boolean;
  rule?: Rule;
}

/** Problems past this many are counted, not listed: a file wrong everywhere still gets a readable answer. */
const LISTED = 8;

/**
 * Reads a parsed JSON document of an expected shape, noting every problem with the JSON path of
 * the value at fault (`catalog.groups[2].controls[5].id: required string missing`), so a whole
 * file is judged before anything is written, and its author learns where to look.
 */
export class ShapeReader {
  readonly problems: { path: string; message: string }[] = [];

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** The object at `path` (null, and a problem noted, when it is absent or not an object). */
  object(value: unknown, path: string, required = true): Json | null {
    if (value === undefined || value === null) {
      if (required) this.problem(path, 'required object missing');
      return null;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.problem(path, `must be an object, not ${kindOf(value)}`);
      return null;
    }
    return value as Json;
  }

  /** The string `o[key]`: null when absent (a problem when required), of another type, empty or not matching `rule`. */
  string(o: Json, key: string, path: string, options: StringOptions = {}): string | null {
    return this.stringAt(o[key], `${path}.${key}`, options);
  }

  private stringAt(value: unknown, at: string, { required = false, allowEmpty = false, rule }: StringOptions): string | null {
    if (value === undefined || value === null) {
      if (required) this.problem(at, 'required string missing');
      return null;
    }
    if (typeof value !== 'string') {
      this.problem(at, `must be a string, not ${kindOf(value)}`);
      return null;
    }
    if (!isUnicodeText(value)) {
      this.problem(at, 'must be Unicode text (it holds an unpaired surrogate)');
      return null;
    }
    if (required && !allowEmpty && !value.trim()) {
      this.problem(at, 'must not be empty');
      return null;
    }
    if (rule && !rule[0].test(value)) {
      this.problem(at, `"${clip(value)}" ${rule[1]}`);
      return null;
    }
    return value;
  }

  /** The elements of the array `o[key]` with their paths: none when absent, none (and a problem) when not an array. */
  list(o: Json, key: string, path: string): { value: unknown; path: string }[] {
    const at = `${path}.${key}`;
    const value = o[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(at, `must be an array, not ${kindOf(value)}`);
      return [];
    }
    return value.map((v, i) => ({ value: v, path: `${at}[${i}]` }));
  }

  /** The objects of the array `o[key]`, each with its path; elements that are not objects are problems. */
  objects(o: Json, key: string, path: string): { o: Json; path: string }[] {
    const out: { o: Json; path: string }[] = [];
    for (const item of this.list(o, key, path)) {
      const value = this.object(item.value, item.path);
      if (value) out.push({ o: value, path: item.path });
    }
    return out;
  }

  /** The strings of the array `o[key]`; elements that are not strings are problems. */
  strings(o: Json, key: string, path: string): string[] {
    const out: string[] = [];
    for (const item of this.list(o, key, path)) {
      const value = this.stringAt(item.value, item.path, { required: true });
      if (value !== null) out.push(value);
    }
    return out;
  }

  /** Throws the problems found, if any, as one InputError on the first path: nothing is to be written. */
  throwIfAny(what: string): void {
    const { problems } = this;
    if (!problems.length) return;
    const listed = problems.slice(0, LISTED).map((p) => `${p.path}: ${p.message}`);
    const more = problems.length > LISTED ? `; and ${problems.length - LISTED} more` : '';
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    throw new DocumentRejectedError(problems[0]!.path, `The ${what} has ${count}, so nothing was written: ${listed.join('; ')}${more}.`, problems);
  }
}

/** A document refused for its problems; the HTTP routes send them as `extensions.problems` (api/routes/route.ts). */
export class DocumentRejectedError extends InputError {
  constructor(
    field: string,
    message: string,
    private readonly all: readonly { path: string; message: string }[],
  ) {
    super(field, message);
  }

  get details(): { problems: { path: string; message: string }[]; problemCount: number } {
    return { problems: this.all.slice(0, MAX_SENT).map(({ path, message }) => ({ path, message })), problemCount: this.all.length };
  }
}

/** The most problems a refusal carries to a client; the count says how many there were. */
const MAX_SENT = 1000;

export interface PropShape {
  name: string;
  value: string;
  class: string | null;
  ns: string | null;
}

/** The props of `o` (name and value required), checked. */
export function readProps(r: ShapeReader, o: Json, path: string): PropShape[] {
  const out: PropShape[] = [];
  for (const { o: prop, path: at } of r.objects(o, 'props', path)) {
    const name = r.string(prop, 'name', at, { required: true, rule: rules.token });
    const value = r.string(prop, 'value', at, { required: true });
    const cls = r.string(prop, 'class', at);
    const ns = r.string(prop, 'ns', at);
    if (name !== null && value !== null) out.push({ name, value, class: cls, ns });
  }
  return out;
}

/** What every OSCAL document's `metadata` must hold, checked; null when it is unusable. */
export function readMetadata(r: ShapeReader, o: Json, path: string): { title: string; version: string; oscalVersion: string } | null {
  const at = `${path}.metadata`;
  const metadata = r.object(o.metadata, at);
  if (!metadata) return null;
  const title = r.string(metadata, 'title', at, { required: true });
  r.string(metadata, 'last-modified', at, { required: true });
  const version = r.string(metadata, 'version', at, { required: true });
  const oscalVersion = r.string(metadata, 'oscal-version', at, {
    required: true,
    rule: [/^1\.\d+\.\d+/, 'is not OSCAL 1.x; this import reads OSCAL 1.0 to 1.1'],
  });
  return title !== null && version !== null && oscalVersion !== null ? { title, version, oscalVersion } : null;
}

/** The value of the first prop named `name` (in namespace `ns` when given; any namespace or none otherwise). */
export function propValue(props: readonly { name: string; value: string; ns?: string | null }[], name: string, ns?: string): string | null {
  return props.find((p) => p.name === name && (ns === undefined || !p.ns || p.ns === ns))?.value ?? null;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function clip(value: string): string {
  const line = value.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
