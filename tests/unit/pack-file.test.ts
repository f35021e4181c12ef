import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../lib/backup';
import { readPackText } from '../../lib/knowledge/pack-file';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { entity, pack } from './pack-fixture';

const first = () => pack([entity('iran', [{ text: 'Iran' }])], { id: 'first-story' });
const second = () => pack([entity('paris', [{ text: 'Paris Agreement' }]), entity('iran', [{ text: 'Iran' }])], { id: 'second-story' });

describe('readPackText', () => {
  it('reads a pack file, with or without a byte-order mark', () => {
    expect(readPackText(JSON.stringify(first()))).toMatchObject({ ok: true });
    expect(readPackText(`\ufeff${JSON.stringify(first())}`)).toMatchObject({ ok: true });
  });

  it('says a file is not JSON, in one problem for the whole file', () => {
    const result = readPackText('{"id": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([{ path: '', message: expect.stringMatching(/^is not valid JSON \(/) }]);
  });

  it('checks against the installed packs it is given', () => {
    expect(readPackText(JSON.stringify(first()), { installed: [first()] }).ok).toBe(false);
    expect(readPackText(JSON.stringify(second()), { installed: [first()] })).toMatchObject({ ok: true, shared: ['iran'] });
  });
});

describe('backups', () => {
  it('round-trips settings and packs', () => {
    const settings = { ...DEFAULT_SETTINGS, density: 'first' as const, disabledSites: ['example.com'] };
    const result = readBackup(makeBackup(settings, [second()]), [first()]);
    expect(result).toEqual({ ok: true, settings, reset: [], dropped: [], skipped: [], packs: [second()] });
  });

  it('repairs unreadable settings field by field and says which', () => {
    const text = makeBackup({ ...DEFAULT_SETTINGS, hoverDelayMs: -1 as never }, []);
    expect(readBackup(text, [])).toMatchObject({ ok: true, reset: ['hoverDelayMs'] });
  });

  it('leaves out, and names, a pack that this copy now ships built in, and restores the rest', () => {
    const result = readBackup(makeBackup(DEFAULT_SETTINGS, [first(), second()]), [first()]);
    expect(result).toMatchObject({ ok: true, skipped: [first().id], packs: [second()] });
  });

  it('refuses the whole file when one pack is bad, with paths into the file', () => {
    const bad = second();
    bad.entities[0]!.related = ['atlantis'];
    const result = readBackup(makeBackup(DEFAULT_SETTINGS, [first(), bad]), []);
    expect(result).toEqual({ ok: false, problems: [{ path: 'packs[1].entities[0].related[0]', message: 'unknown entity id "atlantis"' }] });
  });

  it('checks each pack against the bundled packs and the ones before it in the file', () => {
    const result = readBackup(makeBackup(DEFAULT_SETTINGS, [first(), first()]), []);
    expect(result.ok === false && result.problems[0]!.path).toBe('packs[1].revision');
    // Against the bundled packs: a pack that would take a built-in entity's name is refused.
    const taker = pack([entity('persia', [{ text: 'Iran' }])], { id: 'taker-story' });
    expect(readBackup(makeBackup(DEFAULT_SETTINGS, [taker]), [first()]).ok).toBe(false);
  });

  it('refuses a file that is not a backup', () => {
    expect(readBackup(JSON.stringify(first()), [])).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([{ path: 'format', message: 'is required' }]),
    });
    expect(readBackup('{"format":"other","version":1,"settings":{},"packs":[]}', [])).toMatchObject({
      ok: false,
      problems: [{ path: 'format', message: 'must be "backstory-backup": this is not a Backstory backup file' }],
    });
  });
});
