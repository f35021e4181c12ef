/**
 * Starting a story from a tab's page (`backstory:draft-story`): the draft script reads the page's
 * article and names in the tab (entrypoints/draft), the knowledge says which installed entities
 * the page names, and lib/draft/pack.ts makes a complete pack of it. Nothing leaves the browser.
 */
import { browser } from 'wxt/browser';
import { today } from '../lib/dates';
import { draftPack, NothingToDraft } from '../lib/draft/pack';
import type { DraftAnswer } from '../protocol/from-background';
import { DRAFT_FILE, parsePageDraft } from '../protocol/page-draft';
import type { BackgroundKnowledge } from './knowledge';

export async function draftStory(tabId: number, knowledge: BackgroundKnowledge): Promise<DraftAnswer> {
  let result: unknown;
  try {
    result = await runDraftScript(tabId);
  } catch {
    return { error: 'unreadableTab' };
  }
  const page = parsePageDraft(result);
  if (!page) return { error: 'noArticle' };
  const day = today();
  const { known, packs } = await knowledge.draftContext(page.article.paragraphs, page.article.date ?? day);
  try {
    const draft = draftPack({ ...page, known, installed: packs, today: day });
    return { ...draft, paragraphs: page.article.paragraphs, url: page.article.url };
  } catch (error) {
    if (error instanceof NothingToDraft) return { error: 'noNames' };
    throw error;
  }
}

/** Runs the draft script in the tab's top frame; what it returned, unchecked. */
async function runDraftScript(tabId: number): Promise<unknown> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [DRAFT_FILE] });
    return first?.result;
  }
  const results = await browser.tabs.executeScript(tabId, { file: DRAFT_FILE, frameId: 0 });
  return results?.[0];
}
