/**
 * Messages the extension's own contexts (the background, the popup, the tests' extension pages)
 * send to a page's content script, through `tabs.sendMessage`: a page's own scripts cannot send
 * these. The content script checks each before acting (lib/guards.ts); what a frame answers to
 * get-frame-diagnostics is checked with valibot where it arrives, in the background.
 */
import * as v from 'valibot';
import { isCount, isRecord, isWord } from '../lib/guards';

/** This frame's report (protocol/reports.ts), as it would send it. */
interface GetMentions {
  type: 'backstory:get-mentions';
}

/** Move to the next or previous mention, scroll it into view and open its card (a shortcut). */
interface StepMention {
  type: 'backstory:step-mention';
  direction: 'next' | 'previous';
}

/** Open the list of the page's marks in reading order, to move through from the keyboard (a shortcut). */
interface ListMentions {
  type: 'backstory:list-mentions';
}

/** Hide or show the marks in this tab only (a shortcut); settings are not changed. */
interface ToggleMarks {
  type: 'backstory:toggle-marks';
}

/** Scroll to the entity's n-th marked mention in this page and flash it (the popup's list). */
export interface RevealMention {
  type: 'backstory:reveal-mention';
  entityId: string;
  index: number;
}

/** This frame's timings (FrameDiagnostics), for the benchmarks: the product's reports carry none. */
interface GetFrameDiagnostics {
  type: 'backstory:get-frame-diagnostics';
}

export type ToPage = GetMentions | StepMention | ListMentions | ToggleMarks | RevealMention | GetFrameDiagnostics;

/** The message, if `value` is one of these and well formed; otherwise null. */
export function parseToPage(value: unknown): ToPage | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'backstory:get-mentions':
    case 'backstory:toggle-marks':
    case 'backstory:list-mentions':
    case 'backstory:get-frame-diagnostics':
      return { type: value.type };
    case 'backstory:step-mention':
      return value.direction === 'next' || value.direction === 'previous' ? { type: value.type, direction: value.direction } : null;
    case 'backstory:reveal-mention':
      return isWord(value.entityId) && isCount(value.index) ? { type: value.type, entityId: value.entityId, index: value.index } : null;
    default:
      return null;
  }
}

/** What one frame spent, in milliseconds of its main thread unless said otherwise. */
export interface FrameDiagnostics {
  /** The first full scan, over all its slices. */
  scanMs: number;
  /** The longest single slice of work any scan took. */
  longestTaskMs: number;
  /** The background's time matching the first full scan's text, off the page's thread. */
  backgroundMs: number;
  /** The first full scan's passages the background matched. */
  backgroundPassages: number;
  /** 1 if the frame loaded the marker (only a frame with something to mark does), else 0. */
  markerFrames: number;
}

export const NO_DIAGNOSTICS: FrameDiagnostics = { scanMs: 0, longestTaskMs: 0, backgroundMs: 0, backgroundPassages: 0, markerFrames: 0 };

/** A tab's frames' diagnostics as one: times summed, the longest task the longest of all. */
export function mergeDiagnostics(frames: readonly FrameDiagnostics[]): FrameDiagnostics {
  const out = { ...NO_DIAGNOSTICS };
  for (const d of frames) {
    out.scanMs += d.scanMs;
    out.backgroundMs += d.backgroundMs;
    out.backgroundPassages += d.backgroundPassages;
    out.markerFrames += d.markerFrames;
    out.longestTaskMs = Math.max(out.longestTaskMs, d.longestTaskMs);
  }
  return out;
}

/** A frame's diagnostics as it answered, if well formed. */
export function parseFrameDiagnostics(value: unknown): FrameDiagnostics | null {
  const result = v.safeParse(
    v.object({ scanMs: v.number(), longestTaskMs: v.number(), backgroundMs: v.number(), backgroundPassages: v.number(), markerFrames: v.number() }),
    value,
  );
  return result.success ? result.output : null;
}
