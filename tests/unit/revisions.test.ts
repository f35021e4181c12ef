import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../lib/backup';
import { bundledFromTexts } from '../../lib/knowledge/bundled';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { planKnowledge } from '../../lib/knowledge/plan';
import { combinePacks, storedPack } from '../../lib/knowledge/stored-pack';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { entity, pack } from './pack-fixture';

const shipped = pack([entity('iran', [{ text: 'Iran' }])], { id: 'story' });
const newer = pack([entity('iran', [{ text: 'Iran' }]), entity('oman', [{ text: 'Oman' }])], { id: 'story', revision: 2, updated: '2026-12-06' });
const other = pack([entity('peru', [{ text: 'Peru' }])], { id: 'other' });

describe('revisions of a story', () => {
  it('use the higher revision of a bundled story in its place, and leave out a copy that is not newer', () => {
    expect(combinePacks([shipped], [other, newer])).toEqual([newer, other]);
    expect(combinePacks([shipped], [{ ...shipped, revision: 1 }, other])).toEqual([shipped, other]);
  });

  it('make the background compile when a newer revision replaces a bundled story', () => {
    const bundled = bundledFromTexts({ packs: [JSON.stringify(shipped)], plan: JSON.stringify(planKnowledge(compileKnowledge([shipped]))) });
    expect(bundled.areAll(bundled.withInstalled(new Map()))).toBe(true);
    const replaced = bundled.withInstalled(new Map([['story', storedPack(newer)]]));
    expect(replaced.map((p) => p.revision ?? 1)).toEqual([2]);
    expect(bundled.areAll(replaced)).toBe(false);
  });

  it('restore from a backup a later revision of a bundled story, and skip a copy that is not later', () => {
    const later = readBackup(makeBackup(DEFAULT_SETTINGS, [newer]), [shipped]);
    expect(later).toMatchObject({ ok: true, skipped: [] });
    expect(later.ok && later.packs.map((p) => p.revision)).toEqual([2]);
    expect(readBackup(makeBackup(DEFAULT_SETTINGS, [shipped]), [shipped])).toMatchObject({ ok: true, skipped: ['story'], packs: [] });
  });
});
