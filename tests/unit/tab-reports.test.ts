/**
 * Each tab's frames' reports in the background (background/tab-reports.ts), on WXT's fake
 * browser: dropping the reports of frames that went away.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabReports } from '../../background/tab-reports';
import { EMPTY_STATS, type Report } from '../../protocol/reports';
import { readTabReports } from '../../storage/tab-reports';

const report = (entityId: string): Report => ({
  mentions: [{ entityId, text: entityId, how: 'name' }],
  counts: { [entityId]: 1 },
  stats: { ...EMPTY_STATS, mentions: 1, entities: 1 },
  site: 'a.test',
  active: true,
  published: null,
});

beforeEach(() => fakeBrowser.reset());

describe('dropping the reports of frames that went away', () => {
  it('drops the frames that do not answer and keeps the others', async () => {
    const reports = tabReports();
    await reports.record(1, 0, report('iran'));
    await reports.record(1, 7, report('oman'));
    await reports.dropGone(1, async (frameId) => frameId === 0);
    expect(Object.keys(await readTabReports(1))).toEqual(['0']);
  });

  it('keeps a frame that reported again while it was being asked, and leaves a forgotten tab forgotten', async () => {
    const reports = tabReports();
    await reports.record(1, 0, report('iran'));
    await reports.record(1, 7, report('oman'));
    // Frame 7 loads a new document: the old one does not answer, the new one reports.
    await reports.dropGone(1, async (frameId) => {
      if (frameId === 7) void reports.record(1, 7, report('qatar'));
      return frameId === 0;
    });
    expect((await readTabReports(1))['7']?.counts).toEqual({ qatar: 1 });

    await reports.record(2, 0, report('iran'));
    await reports.dropGone(2, async () => {
      void reports.forget(2);
      return false;
    });
    expect(await fakeBrowser.storage.session.get('tab:2')).toEqual({});
  });
});
