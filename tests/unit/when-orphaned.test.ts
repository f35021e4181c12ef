import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startedEventName, whenOrphaned } from '../../entrypoints/content/when-orphaned';

describe('a content script copy cut off from its extension', () => {
  afterEach(() => vi.restoreAllMocks());

  it('listens under the name WXT gives its started event', () => {
    // WXT names it after the build's entrypoint (import.meta.env.ENTRYPOINT), as the content script does.
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    expect((dispatched.mock.calls[0]![0] as Event).type).toBe(startedEventName(import.meta.env.ENTRYPOINT));
  });

  it('ignores the event while its extension is there, as when a page script sends it', () => {
    const stop = vi.fn();
    whenOrphaned('content', stop);
    document.dispatchEvent(new CustomEvent(startedEventName('content'), { detail: { contentScriptName: 'content', messageId: 'page' } }));
    expect(stop).not.toHaveBeenCalled();
  });

  it('stops when the event comes and its extension is gone', () => {
    const stop = vi.fn();
    const name = startedEventName('content');
    whenOrphaned('content', stop);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    document.dispatchEvent(new CustomEvent(name));
    document.dispatchEvent(new CustomEvent(name));
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
