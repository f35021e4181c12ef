import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, repairSettings, siteOf } from '../../lib/settings';

describe('repairSettings', () => {
  it('gives the defaults for nothing stored, resetting nothing', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [], dropped: [] });
  });

  it('keeps valid fields and resets only the corrupt ones', () => {
    const { settings, reset, dropped } = repairSettings({
      enabled: 'yes',
      highlightStyle: 'background',
      hoverDelayMs: -5,
      disabledSites: ['Example.COM', 'example.com', 'news.test:8080'],
      types: ['person', 'planet'],
    });
    expect(settings.highlightStyle).toBe('background');
    expect(settings.disabledSites).toEqual(['example.com', 'news.test:8080']);
    expect(settings.enabled).toBe(true);
    expect(settings.hoverDelayMs).toBe(150);
    expect(reset.sort()).toEqual(['enabled', 'hoverDelayMs']);
    // A list is repaired item by item: the unknown type is left out, and said.
    expect(settings.types).toEqual(['person']);
    expect(dropped).toEqual(['types: "planet"']);
  });

  it('keeps every host form a browser writes, and loses no other site for one it cannot read', () => {
    const { settings, dropped } = repairSettings({
      disabledSites: ['[::1]', '[::1]:8080', '[2001:db8::1]', 'my_host.local', 'example.com.', 'Example.COM', 'bad host', 42],
    });
    expect(settings.disabledSites).toEqual(['[::1]', '[::1]:8080', '[2001:db8::1]', 'my_host.local', 'example.com']);
    expect(dropped).toEqual(['disabledSites: "bad host"', 'disabledSites: 42']);
  });

  it('resets a list that is not a list, or one too long to read', () => {
    expect(repairSettings({ disabledSites: 'example.com' }).reset).toEqual(['disabledSites']);
    expect(repairSettings({ disabledSites: new Array(10_001).fill('a.test') }).reset).toEqual(['disabledSites']);
  });

  it('resets everything, and says so, when storage holds something that is not settings at all', () => {
    const { settings, reset } = repairSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(reset).toContain('enabled');
  });
});

describe('sites', () => {
  it('reads the host of a page, and none for pages without one', () => {
    expect(siteOf('https://News.Example.com/a?b')).toBe('news.example.com');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1:8080');
    expect(siteOf('http://[::1]:8080/x')).toBe('[::1]:8080');
    expect(siteOf('https://example.com./a')).toBe('example.com');
    expect(siteOf('about:blank')).toBeNull();
  });

  it('is off on a disabled site and everywhere when turned off', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isActiveOn(settings, 'example.com')).toBe(false);
    expect(isActiveOn(settings, 'other.com')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'other.com')).toBe(false);
  });
});
