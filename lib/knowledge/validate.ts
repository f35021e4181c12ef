/**
 * Checks an unknown value against the story-pack schema and the rules that need the whole
 * pack (unique ids and aliases, references that resolve). Every problem is reported with the
 * path to the offending value, so a pack writer can find it without guessing.
 */
import * as v from 'valibot';
import { PackSchema, type Pack } from '../../data/schema';
import { aliasKey, gapBetween, splitWords } from '../match/normalize';

export interface PackProblem {
  /** Where the problem is, as a JSON-ish path: `entities[3].aliases[0].text`. */
  path: string;
  message: string;
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export function validatePack(input: unknown): PackValidation {
  if (Array.isArray(input)) return { ok: false, problems: [{ path: '', message: 'must be an object, not a list' }] };
  const parsed = v.safeParse(PackSchema, input, { abortEarly: false });
  if (!parsed.success) {
    return { ok: false, problems: parsed.issues.map(issueToProblem) };
  }
  const problems = checkReferences(parsed.output);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.output };
}

/** Formats problems one per line, for the terminal and for error notices. */
export function formatProblems(problems: readonly PackProblem[]): string {
  return problems.map((p) => `${p.path || '(pack)'}: ${p.message}`).join('\n');
}

function issueToProblem(issue: v.BaseIssue<unknown>): PackProblem {
  const path = formatPath(issue.path?.map((item) => item.key) ?? []);
  return { path, message: describeIssue(issue) };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // valibot's default messages mention the received value's type; ours read as plain rules.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return 'unknown field (not in the schema)';
  }
  if (issue.kind === 'schema' && issue.input === undefined) return 'is required';
  if (issue.message.startsWith('Invalid type')) {
    return `must be ${expectedType(issue.expected)}, not ${issue.received}`;
  }
  return issue.message;
}

function expectedType(expected: string | null): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
    case 'boolean':
      return 'true or false';
    default:
      return expected ?? 'something else';
  }
}

function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function checkReferences(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const entityIds = new Map<string, number>();
  pack.entities.forEach((entity, i) => {
    const first = entityIds.get(entity.id);
    if (first !== undefined) {
      problems.push({ path: `entities[${i}].id`, message: `duplicate id "${entity.id}" (also entities[${first}])` });
    } else {
      entityIds.set(entity.id, i);
    }
  });

  const labelIds = new Set<string>();
  pack.stanceLabels.forEach((label, i) => {
    if (labelIds.has(label.id)) {
      problems.push({ path: `stanceLabels[${i}].id`, message: `duplicate stance label "${label.id}"` });
    }
    labelIds.add(label.id);
  });

  // Aliases are compared as the matcher sees them, so "Khamene'i" and "Khamene’i" collide.
  const aliasOwners = new Map<string, string>();
  pack.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, j) => {
      const key = aliasKey(alias.text);
      const path = `entities[${i}].aliases[${j}].text`;
      if (key === '') {
        problems.push({ path, message: 'has no letters or digits to match' });
        return;
      }
      if (!joinable(alias.text)) {
        problems.push({ path, message: 'has more than two marks between two of its words, so it can never match' });
      }
      const owner = aliasOwners.get(key);
      if (owner !== undefined) {
        const where = owner === entity.id ? 'already listed for this entity' : `already an alias of "${owner}"`;
        problems.push({ path, message: `duplicate alias "${alias.text}" (${where})` });
      } else {
        aliasOwners.set(key, entity.id);
      }
    });
    entity.related.forEach((id, j) => {
      if (!entityIds.has(id)) {
        problems.push({ path: `entities[${i}].related[${j}]`, message: `unknown entity id "${id}"` });
      } else if (id === entity.id) {
        problems.push({ path: `entities[${i}].related[${j}]`, message: 'an entity cannot be related to itself' });
      }
    });
    if (entity.stance && !labelIds.has(entity.stance.label)) {
      problems.push({ path: `entities[${i}].stance.label`, message: `unknown stance label "${entity.stance.label}"` });
    }
  });

  pack.story.reactions.forEach((reaction, i) => {
    if (!entityIds.has(reaction.actor)) {
      problems.push({ path: `story.reactions[${i}].actor`, message: `unknown entity id "${reaction.actor}"` });
    }
    if (!labelIds.has(reaction.stance)) {
      problems.push({ path: `story.reactions[${i}].stance`, message: `unknown stance label "${reaction.stance}"` });
    }
  });
  return problems;
}

/** Whether the matcher can read an alias's words as one name (see gapBetween). */
function joinable(text: string): boolean {
  const normalized = text.normalize('NFC');
  const words = splitWords(normalized);
  for (let j = 0; j + 1 < words.count; j++) if (gapBetween(normalized, words, j) === null) return false;
  return true;
}
