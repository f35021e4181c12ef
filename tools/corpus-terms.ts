/**
 * Which of the story's entities a text names, by the aliases of the bundled packs
 * (data/packs/*.json) found as whole words, with each alias's own case rule. Deliberately
 * plainer than the matcher under test: the corpus run uses it to find the entities a page
 * names only inside its scripts (JSON-LD, JSON data, code), which Backstory must never mark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../data/schema';

interface Term {
  entity: string;
  pattern: RegExp;
}

export class PackTerms {
  private readonly terms: Term[];

  constructor(packsDir: string) {
    this.terms = [];
    for (const file of readdirSync(packsDir).filter((f) => f.endsWith('.json')).sort()) {
      const pack = JSON.parse(readFileSync(join(packsDir, file), 'utf8')) as Pack;
      for (const entity of pack.entities) {
        for (const alias of entity.aliases) {
          const escaped = alias.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          // A whole word: no letter or digit may touch either end (an apostrophe may: "Iran's").
          const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, alias.caseSensitive ? 'u' : 'iu');
          this.terms.push({ entity: entity.id, pattern });
        }
      }
    }
  }

  /** The ids of the entities `text` names by one of their aliases. */
  named(text: string): Set<string> {
    const out = new Set<string>();
    for (const { entity, pattern } of this.terms) if (!out.has(entity) && pattern.test(text)) out.add(entity);
    return out;
  }

  /** The entities named in `scripts` and nowhere in `readable`: what only a script holds. */
  onlyIn(scripts: string, readable: string): string[] {
    const seen = this.named(readable);
    return [...this.named(scripts)].filter((id) => !seen.has(id)).sort();
  }
}
