/**
 * The content script: runs in every frame, finds the story's mentions in the page's text,
 * paints them, and shows a card on hover. It changes nothing in the page but the highlight
 * registry and, once a card is first needed, one UI host element.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { bundledPacks } from '../../data';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { parseMessage, type MentionsReply, type ReportMentions } from '../../lib/messages';
import { MentionIndex } from '../../lib/page/hit-test';
import { Highlighter } from '../../lib/page/highlights';
import { scanDocument, type PageMention, type ScanResult } from '../../lib/page/scan';
import { pageTheme } from '../../lib/page/theme';
import { HoverController } from './hover';
import './highlights.css';
import { Tooltip } from './Tooltip';
import { ensureUiHost, type UiHost } from './ui-host';

/** Quiet time after the page's last change before it is read again. */
const RESCAN_DEBOUNCE_MS = 300;
const OPEN_DELAY_MS = 150;
const CLOSE_DELAY_MS = 250;
const TOOLTIP_ID = 'backstory-card';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const doc = document;
    const knowledge = compileKnowledge(bundledPacks);
    const highlighter = new Highlighter(CSS.highlights);
    let ui: UiHost | null = null;
    let result: ScanResult = { passages: [], mentions: [], characters: 0 };
    let index = new MentionIndex([]);
    let lastScanMs = 0;

    const reply = (): MentionsReply => ({
      mentions: result.mentions.map((m) => ({
        entityId: knowledge.entities[m.mention.entity]!.entity.id,
        text: m.text,
        how: m.mention.how,
      })),
      stats: {
        passages: result.passages.length,
        characters: result.characters,
        mentions: result.mentions.length,
        entities: new Set(result.mentions.map((m) => m.mention.entity)).size,
        scanMs: lastScanMs,
      },
    });

    const scan = () => {
      const started = performance.now();
      result = scanDocument(doc.body ?? doc.documentElement, knowledge, { exclude: ui?.host ?? null });
      index = new MentionIndex(result.mentions);
      const byType = new Map<string, AbstractRange[]>();
      for (const m of result.mentions) {
        const type = knowledge.entities[m.mention.entity]!.entity.type;
        const list = byType.get(type) ?? [];
        list.push(m.range);
        byType.set(type, list);
      }
      highlighter.paint('underline', byType);
      lastScanMs = performance.now() - started;
      const open = hover.openMention;
      if (open && !result.mentions.some((m) => sameMention(m, open))) hover.closeNow();
      report();
    };

    let reported = false;
    const report = () => {
      const message: ReportMentions = { type: 'backstory:report-mentions', fresh: !reported, ...reply() };
      reported = true;
      // The background may be asleep or reloading; a lost report is resent after the next scan.
      browser.runtime.sendMessage(message).catch(() => {});
    };

    const hover = new HoverController(window, {
      openDelay: OPEN_DELAY_MS,
      closeDelay: CLOSE_DELAY_MS,
      hitTest: (x, y) => index.at(doc, x, y),
      isOwnUi: (target) => ui !== null && target === ui.host,
      open: (mention) => showCard(mention),
      close: () => {
        if (ui) render(null, ui.mount);
      },
    });

    const showCard = (mention: PageMention) => {
      ui = ensureUiHost(doc, ui);
      const known = knowledge.entities[mention.mention.entity]!;
      const anchor = liveRange(mention);
      render(
        <Tooltip
          id={TOOLTIP_ID}
          entity={known.entity}
          pack={known.pack}
          match={{ text: mention.text, how: mention.mention.how, alias: mention.mention.rule.text }}
          anchor={anchor}
          theme={pageTheme(doc)}
        />,
        ui.mount,
      );
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = parseMessage(raw);
      if (message?.type === 'backstory:get-mentions') return Promise.resolve(reply());
      return undefined;
    });

    // Pages keep changing after load; read them again once they settle.
    let rescanTimer = 0;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => isOnlyOurHost(r, ui))) return;
      window.clearTimeout(rescanTimer);
      rescanTimer = window.setTimeout(scan, RESCAN_DEBOUNCE_MS);
    });

    scan();
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const detachHover = hover.attach();
    ctx.onInvalidated(() => {
      observer.disconnect();
      detachHover();
      window.clearTimeout(rescanTimer);
      highlighter.clear();
      if (ui) {
        render(null, ui.mount);
        ui.host.remove();
      }
    });
  },
});

function sameMention(a: PageMention, b: PageMention): boolean {
  return (
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

function isOnlyOurHost(record: MutationRecord, ui: UiHost | null): boolean {
  if (!ui || record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n === ui.host);
}

/** A live range over the mention's words, for measuring where they are now. */
function liveRange(mention: PageMention): Range {
  const range = document.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}
