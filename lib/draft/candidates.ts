/**
 * The names an article's text holds that a story's author would want as entities: people,
 * places and organisations found by compromise (a natural-language library that runs in the
 * browser), counted, with a person's later mentions by surname folded into the full name.
 * Days, months, the byline's author and words of one letter are never candidates.
 */
import nlp from 'compromise';

type CandidateType = 'person' | 'place' | 'organization';

export interface DraftCandidate {
  /** The fullest form the text uses. */
  text: string;
  type: CandidateType;
  /** Mentions in the text, shorter forms of it included. */
  count: number;
  /** Other forms the text uses for it (a surname, a possessive-free form). */
  forms: string[];
}

const NEVER = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow'.split(' '),
);

/** The candidates of `paragraphs`, most mentioned first. */
export function findDraftCandidates(paragraphs: readonly string[], byline: string | null = null): DraftCandidate[] {
  const text = paragraphs.join('\n\n');
  const doc = nlp(text);
  const found = new Map<string, DraftCandidate>();
  const add = (raw: string, type: CandidateType) => {
    const name = cleanName(raw);
    if (!name || !isName(name) || (byline && byline.includes(name))) return;
    const key = name.toLowerCase();
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { text: name, type, count: 1, forms: [] });
  };
  for (const name of doc.people().out('array') as string[]) add(name, 'person');
  for (const name of doc.places().out('array') as string[]) add(name, 'place');
  for (const name of doc.organizations().out('array') as string[]) add(name, 'organization');
  // What the tagger does not place: acronyms (BBC, ASIO) and runs of proper nouns, joined by
  // "of", "on", "for" or "and" ("Council on Foreign Relations"), most of them institutions.
  const known = new Set(found.keys());
  for (const name of doc.match('#Acronym').out('array') as string[]) if (!known.has(cleanName(name).toLowerCase())) add(name, 'organization');
  for (const name of doc.match('#ProperNoun+ ((of|on|for|and|the) #ProperNoun+)?').out('array') as string[]) {
    const clean = cleanName(name);
    if (clean.includes(' ') && !known.has(clean.toLowerCase())) add(name, 'organization');
  }
  return foldSurnames([...found.values()]).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** A name as the text writes it, without a possessive ending, quotes or trailing punctuation. */
function cleanName(raw: string): string {
  return raw
    .replace(/\u00ad/g, '')
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `name` reads as a proper name: capitalised, more than one letter, not a day or a month. */
function isName(name: string): boolean {
  if (name.length < 2 || NEVER.has(name.toLowerCase())) return false;
  return /^\p{Lu}/u.test(name);
}

/**
 * A person named once in full and then by surname ("Barack Obama", then "Obama") is one
 * candidate: the surname becomes a form of the full name, and its mentions count for it.
 */
function foldSurnames(candidates: DraftCandidate[]): DraftCandidate[] {
  const full = candidates.filter((c) => c.type === 'person' && c.text.includes(' '));
  const bySurname = new Map<string, DraftCandidate | null>();
  for (const person of full) {
    const surname = person.text.split(' ').at(-1)!.toLowerCase();
    // A surname two people share stays on its own: which one it names is the author's call.
    bySurname.set(surname, bySurname.has(surname) ? null : person);
  }
  return candidates.filter((c) => {
    if (c.text.includes(' ')) return true;
    const owner = bySurname.get(c.text.toLowerCase());
    if (!owner) return true;
    owner.count += c.count;
    owner.forms.push(c.text);
    return false;
  });
}
