import { readFileSync } from 'node:fs';
import { compileKnowledge } from './lib/knowledge/compile';
import { findCandidates } from './lib/match/matcher';
const k = compileKnowledge([JSON.parse(readFileSync('data/packs/us-iran-thaw.json', 'utf8'))]);
for (const t of process.argv.slice(2)) console.log(t, '=>', findCandidates(k, t).map((m) => `${k.entities[m.entity]!.entity.id}|${t.slice(m.start, m.end)}|${m.rule.text}`));
