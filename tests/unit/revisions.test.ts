import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeBackup, readBackup } from '../../lib/backup';
import { bundledFromTexts } from '../../lib/knowledge/bundled';
import { hasChanges, storyChanges } from '../../lib/knowledge/changes';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { planKnowledge } from '../../lib/knowledge/plan';
import { combinePacks, storedPack } from '../../lib/knowledge/stored-pack';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { dismissStoryChanges, readStoryChanges, recordStoryChanges } from '../../storage/story-changes';
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

describe('what a newer revision changed', () => {
  it('lists facts added or changed, stances that moved, events added since, and names added', () => {
    const before = pack([entity('iran', [{ text: 'Iran' }], { facts: [{ date: '2025-01-01', text: 'Old fact.', source: 'background', cites: ['s1'] }] })], { id: 'story' });
    const after = structuredClone(newer);
    after.entities[0]!.facts = [
      { date: '2025-01-01', text: 'Old fact.', source: 'background', cites: ['s1'] },
      { date: '2026-11-01', text: 'A new fact.', source: 'background', cites: ['s1'] },
    ];
    after.entities[0]!.aliases.push({ text: 'Persia' });
    after.entities[0]!.stance = { label: after.stanceLabels[0]!.id, summary: 'Now it leans.', source: 'background', cites: ['s1'] };
    after.story.since = [{ date: '2026-11-02', text: 'Something happened.', source: 'background', cites: ['s1'] }];
    const changes = storyChanges(before, after);
    expect(changes).toMatchObject({ packId: 'story', from: 1, to: 2 });
    const [iran, oman] = after.entities.map((e) => e.name);
    expect(changes.facts).toEqual([{ entity: iran, date: '2026-11-01', text: 'A new fact.' }]);
    expect(changes.stances).toEqual([{ entity: iran, from: null, to: after.stanceLabels[0]!.label }]);
    expect(changes.since).toEqual([{ date: '2026-11-02', text: 'Something happened.' }]);
    expect(changes.names).toEqual([
      { entity: iran, forms: ['Persia'], isNew: false },
      { entity: oman, forms: ['Oman'], isNew: true },
    ]);
    expect(hasChanges(storyChanges(after, after))).toBe(false);
  });

  it('are kept until dismissed, and a damaged record is dropped', async () => {
    fakeBrowser.reset();
    const changes = storyChanges(shipped, newer);
    await recordStoryChanges(changes);
    expect(await readStoryChanges('story')).toEqual(changes);
    await dismissStoryChanges('story');
    expect(await readStoryChanges('story')).toBeNull();
    await fakeBrowser.storage.local.set({ 'storyChanges:story': { packId: 'story', facts: 'lots' } });
    expect(await readStoryChanges('story')).toBeNull();
    expect(await fakeBrowser.storage.local.get('storyChanges:story')).toEqual({});
  });
});
