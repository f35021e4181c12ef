import type { Fact, Pack } from '../data/schema';
import { formatDate } from '../lib/dates';
import { Cited } from './Cited';

/** Dated events, oldest first, each with its sources. */
export function Events({ pack, events }: { pack: Pack; events: readonly Fact[] }) {
  return (
    <ol class="bs-events">
      {events.map((event) => (
        <li key={event.date + event.text}>
          <time dateTime={event.date}>{formatDate(event.date)}</time> {event.text} <Cited pack={pack} of={event} />
        </li>
      ))}
    </ol>
  );
}
