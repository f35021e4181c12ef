import type { Fact, Pack } from '../data/schema';
import { textLanguage } from '../lib/knowledge/lookup';
import { Cited } from './Cited';
import { useWords } from './words';

/**
 * Dated events, oldest first, each with its sources. An event reads in its pack's direction,
 * its date in the interface's, so that an English event is not broken up in a Persian popup.
 */
export function Events({ pack, events }: { pack: Pack; events: readonly Fact[] }) {
  const { date, dir } = useWords();
  return (
    <ol class="bs-events">
      {events.map((event) => (
        <li key={event.date + event.text} dir={textLanguage(pack.language).dir}>
          <time dateTime={event.date}>
            <bdi dir={dir}>{date(event.date)}</bdi>
          </time> <span {...textLanguage(pack.language)}>{event.text}</span> <Cited pack={pack} of={event} />
        </li>
      ))}
    </ol>
  );
}
