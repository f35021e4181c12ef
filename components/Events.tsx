import type { Fact, Pack } from '../data/schema';
import { textLanguage } from '../lib/knowledge/lookup';
import { Cited } from './Cited';
import { useWords } from './words';

/** Dated events, oldest first, each with its sources. */
export function Events({ pack, events }: { pack: Pack; events: readonly Fact[] }) {
  const { date } = useWords();
  return (
    <ol class="bs-events">
      {events.map((event) => (
        <li key={event.date + event.text}>
          <time dateTime={event.date}>{date(event.date)}</time> <span {...textLanguage(pack.language)}>{event.text}</span> <Cited pack={pack} of={event} />
        </li>
      ))}
    </ol>
  );
}
