/**
 * The validator under fire: thousands of random values, broken copies of a good pack, random
 * pairs of packs and hostile sizes (fast-check). Whatever it is given it must answer, quickly,
 * without throwing, with a path on every problem, and never accept a pack that breaks the
 * rules. What "breaks the rules" means is written out again here, independently of the
 * validator (`breaksRules`), so that a hole in one is not hidden by the same hole in the other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, LIMITS, type Pack } from '../../data/schema';
import { readBackup, makeBackup } from '../../lib/backup';
import { readPackText } from '../../lib/knowledge/pack-file';
import { validatePack, type PackValidation } from '../../lib/knowledge/validate';
import { aliasKey } from '../../lib/match/normalize';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { entity, pack, statementsOf } from './pack-fixture';

const RUNS = { numRuns: 1500 };

/** A good pack with some of everything: scripts, stances, facts, related ids, confusables. */
function goodPack(id = 'fuzz-story'): Pack {
  return pack(
    [
      entity('iran', [{ text: 'Iran' }, { text: 'ایران', kind: 'script', lang: 'fa' }, { text: 'Iranian', kind: 'inflection' }], {
        type: 'country',
        related: ['tehran', 'rubio'],
        confusables: ['Iraq'],
        facts: [{ date: '1979-04', text: 'Became an Islamic republic.', source: 'background', cites: ['test-report'] }],
        stance: { label: 'supportive', summary: 'Open to talks.', source: 'article' },
      }),
      entity('tehran', [{ text: 'Tehran' }, { text: 'تهران', kind: 'script', lang: 'fa' }], { type: 'place' }),
      entity('rubio', [{ text: 'Marco Rubio' }, { text: 'Rubio', kind: 'short', ambiguous: true }], {
        type: 'person',
        related: ['iran'],
        confusables: ['Ricky Rubio'],
      }),
      entity('us', [{ text: 'United States' }, { text: 'US', caseSensitive: true, kind: 'abbreviation' }], { type: 'country' }),
    ],
    { id },
  );
}

/** Every key the schema knows, at any level. */
const KNOWN_KEYS = new Set([
  'schemaVersion', 'id', 'asOf', 'language', 'article', 'title', 'note', 'stanceLabels', 'label', 'tone', 'story',
  'summary', 'background', 'impact', 'reactions', 'actor', 'stance', 'next', 'corrections', 'text', 'source',
  'entities', 'name', 'type', 'aliases', 'caseSensitive', 'kind', 'lang', 'ambiguous', 'description', 'role',
  'facts', 'date', 'related', 'confusables', 'sources', 'publisher', 'url', 'cites', 'needsStory', 'from', 'until',
  'since', 'anchors',
]);

/**
 * The rules, said a second way: the reasons an accepted pack would be a bad one. Returns the
 * first broken rule, or null. (Checks what can be checked without re-implementing the schema:
 * the kinds of damage the fuzzing below does.)
 */
function breaksRules(value: Pack, installed: readonly Pack[] = []): string | null {
  let bad: string | null = null;
  const walk = (node: unknown, path: string): void => {
    if (bad) return;
    if (typeof node === 'string') {
      if (node.length > LIMITS.longText) bad = `${path}: too long`;
      else if (node.trim() === '') bad = `${path}: empty`;
      else if (/<[a-z!/?]/i.test(node)) bad = `${path}: markup`;
      // eslint-disable-next-line no-control-regex
      else if (/[\u0000-\u001f\u202e]/.test(node)) bad = `${path}: control character`;
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (node !== null && typeof node === 'object') {
      if (Object.getPrototypeOf(node) !== Object.prototype) bad = `${path}: not a plain object`;
      for (const key of Object.keys(node)) {
        if (!KNOWN_KEYS.has(key)) bad = `${path}.${key}: unknown key`;
        walk((node as Record<string, unknown>)[key], `${path}.${key}`);
      }
    } else if (node !== undefined && typeof node !== 'number' && typeof node !== 'boolean') {
      bad = `${path}: a ${typeof node}`;
    }
  };
  walk(value, '');
  if (bad) return bad;
  if (!Array.isArray(value.entities) || value.entities.length === 0) return 'no entities';
  const ids = new Set<string>();
  for (const e of value.entities) {
    if (ids.has(e.id)) return `duplicate id ${e.id}`;
    ids.add(e.id);
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) return `bad type ${e.type}`;
    if (e.aliases.length === 0) return `${e.id}: no alias`;
    if (e.name.length > LIMITS.shortText || e.description.length > LIMITS.shortText) return `${e.id}: long short text`;
  }
  const labels = new Set(value.stanceLabels.map((l) => l.id));
  const keys = new Map<string, string>();
  const held_ = new Map<string, Pack['entities'][number]['aliases']>();
  for (const e of value.entities) {
    for (const id of e.related) if (!ids.has(id) || id === e.id) return `${e.id}: bad related ${id}`;
    if (new Set(e.related).size !== e.related.length) return `${e.id}: a related id twice`;
    if (e.stance && !labels.has(e.stance.label)) return `${e.id}: bad stance label`;
    for (const a of e.aliases) {
      const key = aliasKey(a.text);
      if (key === '') return `${e.id}: empty alias`;
      // Two holders of one form need periods that end before the other's begins.
      const held = held_.get(key) ?? [];
      for (const b of held) {
        const apart = (a.until !== undefined && b.from !== undefined && a.until < b.from) || (b.until !== undefined && a.from !== undefined && b.until < a.from);
        if (!apart) return `duplicate alias ${a.text}`;
      }
      held_.set(key, [...held, a]);
      keys.set(key, e.id);
    }
  }
  for (const r of value.story.reactions) if (!ids.has(r.actor) || !labels.has(r.stance)) return 'bad reaction';
  // Every citation names a listed source, and (in a pack of the current version) every
  // background statement cites one.
  const sources = new Set(value.sources.map((s) => s.id));
  const statements = statementsOf(value);
  for (const st of statements) {
    for (const id of st.cites ?? []) if (!sources.has(id)) return `unknown source ${id}`;
    if (value.schemaVersion === 2 && st.source === 'background' && !(st.cites ?? []).length) return 'a background statement cites nothing';
  }
  for (const other of installed) {
    if (other.id === value.id) return 'same pack id as an installed pack';
    for (const o of other.entities) {
      const mine = value.entities.find((e) => e.id === o.id);
      if (mine && mine.type !== o.type) return `shared id ${o.id} with another type`;
      for (const a of o.aliases) {
        const owner = keys.get(aliasKey(a.text));
        if (owner !== undefined && owner !== o.id) return `alias ${a.text} shadows ${o.id}`;
      }
    }
  }
  return null;
}

/** The answer is well formed: a pack, or a non-empty list of problems each with a path. */
function wellFormed(result: PackValidation): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.message.length).toBeLessThan(400);
  }
}

function checkAccepted(result: PackValidation, installed: readonly Pack[] = []): void {
  wellFormed(result);
  if (result.ok) expect(breaksRules(result.pack, installed)).toBeNull();
}

// ---------------------------------------------------------------------------------------------
// Mutations of a good pack

type Path = (string | number)[];

/** Every path to a value in the pack, objects and lists included. */
function pathsOf(node: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, item] of Object.entries(node)) pathsOf(item, [...prefix, key], out);
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node ?? null;
}

const HOSTILE_STRINGS = [
  '',
  '   ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'a\u0000b',
  'evil\u202eeulav',
  '\ud800',
  'x'.repeat(LIMITS.longText + 1),
  '__proto__',
  'constructor',
  'Iran',
  'tehran',
  '2015-13-40',
  'planet',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: fc.oneof(fc.jsonValue(), fc.constantFrom(...HOSTILE_STRINGS)) }),
  fc.record({ kind: fc.constant('string' as const), pick: fc.nat(), value: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...HOSTILE_STRINGS)) }),
  fc.record({ kind: fc.constant('unknown-key' as const), pick: fc.nat(), key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')) }),
  fc.record({ kind: fc.constant('duplicate-entity' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('copy-alias' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('dangling' as const), pick: fc.nat(), id: fc.constantFrom('atlantis', 'iran', 'us', 'Not An Id', '') }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies one mutation to a fresh good pack, through JSON so that "__proto__" is a real key. */
function mutate(m: Mutation): unknown {
  const root = JSON.parse(JSON.stringify(goodPack())) as Record<string, unknown> & { entities: Record<string, unknown>[] };
  const paths = pathsOf(root).filter((p) => p.length > 0);
  const at = (n: number) => paths[n % paths.length]!;
  switch (m.kind) {
    case 'delete': {
      const path = at(m.pick);
      const parent = parentOf(root, path)!;
      if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
      else delete parent[path.at(-1)!];
      break;
    }
    case 'replace':
      parentOf(root, at(m.pick))![at(m.pick).at(-1)!] = m.value;
      break;
    case 'string': {
      const strings = paths.filter((p) => typeof parentOf(root, p)![p.at(-1)!] === 'string');
      const path = strings[m.pick % strings.length]!;
      parentOf(root, path)![path.at(-1)!] = m.value;
      break;
    }
    case 'unknown-key': {
      const objects = [[], ...paths].filter((p) => {
        const node = p.length === 0 ? root : parentOf(root, p)![p.at(-1)!];
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const path = objects[m.pick % objects.length]!;
      const json = JSON.stringify({ [m.key]: 1 });
      const target = (path.length === 0 ? root : parentOf(root, path)![path.at(-1)!]) as Record<string, unknown>;
      Object.assign(target, JSON.parse(json) as object);
      if (m.key === '__proto__') Object.defineProperty(target, '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
      break;
    }
    case 'duplicate-entity': {
      const e = root.entities[m.pick % root.entities.length]!;
      root.entities.push(JSON.parse(JSON.stringify(e)) as Record<string, unknown>);
      break;
    }
    case 'copy-alias': {
      const from = root.entities[m.from % root.entities.length]! as { aliases: unknown[] };
      const to = root.entities[m.to % root.entities.length]! as { aliases: unknown[] };
      to.aliases.push(JSON.parse(JSON.stringify(from.aliases[0])));
      break;
    }
    case 'dangling': {
      const e = root.entities[m.pick % root.entities.length]! as { related: string[] };
      e.related.push(m.id);
      break;
    }
  }
  return root;
}

/** Mutations that always make the pack bad. */
function alwaysBad(m: Mutation): boolean {
  if (m.kind === 'dangling') return !['iran', 'us'].includes(m.id);
  return m.kind === 'unknown-key' || m.kind === 'duplicate-entity' || m.kind === 'copy-alias';
}

describe('validator fuzzing', () => {
  it('the good pack is good (the starting point of every mutation)', () => {
    expect(validatePack(goodPack())).toMatchObject({ ok: true });
  });

  it('answers any JSON value or JavaScript value without throwing, and accepts none of them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true })), (value) => {
        const result = validatePack(value);
        wellFormed(result);
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('never accepts a broken copy of a good pack, and always says where', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const result = validatePack(mutate(m));
        checkAccepted(result);
        if (alwaysBad(m)) expect(result.ok).toBe(false);
        // Damage done inside an entity is reported inside that entity.
        if (!result.ok && (m.kind === 'duplicate-entity' || m.kind === 'copy-alias' || m.kind === 'dangling')) {
          expect(result.problems.some((p) => /^entities\[\d+\]\./.test(p.path))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never accepts a pack that takes another pack’s name or changes what a shared id is', () => {
    const word = fc.constantFrom('Iran', 'Tehran', 'Paris', 'Union', 'Europe', 'US', 'Rubio', 'Deal', 'Accord', 'Irán');
    const alias = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ({ text: ws.join(' ') }));
    const entityArb = fc.record({
      id: fc.constantFrom('iran', 'tehran', 'eu', 'paris', 'accord', 'us'),
      type: fc.constantFrom('country', 'place', 'organization'),
      aliases: fc.array(alias, { minLength: 1, maxLength: 4 }),
    });
    const packArb = (id: string) =>
      fc
        .uniqueArray(entityArb, { minLength: 1, maxLength: 5, selector: (e) => e.id })
        .map((list) => pack(list.map((e) => entity(e.id, e.aliases, { type: e.type as Pack['entities'][number]['type'] })), { id }));
    fc.assert(
      fc.property(packArb('first'), packArb('second'), (first, second) => {
        const installed = validatePack(first);
        fc.pre(installed.ok);
        const result = validatePack(second, { installed: [first] });
        checkAccepted(result, [first]);
      }),
      RUNS,
    );
  });

  it('reads any text as a pack file without throwing: random text, and a good file cut anywhere', () => {
    const text = JSON.stringify(goodPack());
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(text.length - 1).map((n) => text.slice(0, n))), (input) => {
        const result = readPackText(input);
        wellFormed(result);
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('refuses a whole backup when any pack in it is bad, and reads any text without throwing', () => {
    fc.assert(
      fc.property(mutation, fc.string({ maxLength: 60 }), (m, junk) => {
        const bad = mutate(m);
        const text = makeBackup(DEFAULT_SETTINGS, [goodPack('kept-story'), bad as Pack]);
        const result = readBackup(text, []);
        if (result.ok) {
          for (const p of result.packs) expect(breaksRules(p)).toBeNull();
        } else {
          expect(result.problems.every((p) => p.path.startsWith('packs[') || p.path === '')).toBe(true);
        }
        if (alwaysBad(m)) expect(result.ok).toBe(false);
        expect(readBackup(junk, []).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('validator limits on hostile sizes', () => {
  const quickly = (what: () => PackValidation, ms = 1500) => {
    const t0 = performance.now();
    const result = what();
    const took = performance.now() - t0;
    expect(result.ok).toBe(false);
    expect(took).toBeLessThan(ms);
    return result;
  };

  it('a file nested a million lists deep', () => {
    quickly(() => readPackText('['.repeat(1_000_000)));
  });

  it('a file over the size limit, refused before it is parsed', () => {
    const result = quickly(() => readPackText(' '.repeat(LIMITS.fileCharacters + 1)));
    expect(result.ok === false && result.problems[0]!.message).toMatch(/at most 16000000/);
  });

  it('a ten-million-character description', () => {
    const p = goodPack();
    p.entities[0]!.description = 'x'.repeat(10_000_000);
    quickly(() => validatePack(p));
  });

  it('a million aliases on one entity, and a million entities', () => {
    const p = goodPack();
    p.entities[0]!.aliases = new Array(1_000_000).fill({ text: 'Iran' });
    quickly(() => validatePack(p));
    quickly(() => validatePack({ ...goodPack(), entities: new Array(1_000_000).fill(0) }));
  });

  it('twenty thousand bad entities stop after the first hundred problems', () => {
    const p = { ...goodPack(), entities: new Array(LIMITS.entities).fill({ id: 'Bad Id', colour: 'red' }) };
    const result = quickly(() => validatePack(p));
    expect(result.ok === false && result.problems.length).toBeLessThanOrEqual(101);
  });
});
