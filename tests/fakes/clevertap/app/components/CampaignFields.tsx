/** The Who and When fields of a campaign: audience, behavior (which decides event properties) and schedule. */
import { SAMPLE_EVENTS, SEGMENTS } from '../../sample-data';
import type { Audience, Schedule } from '../../types';

export function AudienceFields({ id, audience, onChange }: { id: string; audience: Audience; onChange: (audience: Audience) => void }) {
  const events = Object.keys(SAMPLE_EVENTS);
  return (
    <div className="ct-columns">
      <fieldset className="ct-radio-group">
        <legend className="ct-label">Target users</legend>
        <div className="ct-radio">
          <input type="radio" id={`${id}-all`} name={`${id}-target`} checked={audience.segment === null} onChange={() => onChange({ ...audience, segment: null })} />
          <label htmlFor={`${id}-all`}>All users</label>
        </div>
        <div className="ct-radio">
          <input
            type="radio"
            id={`${id}-segment`}
            name={`${id}-target`}
            checked={audience.segment !== null}
            onChange={() => onChange({ ...audience, segment: SEGMENTS[0] ?? '' })}
          />
          <label htmlFor={`${id}-segment`}>A segment</label>
        </div>
        {audience.segment !== null && (
          <div className="ct-field ct-indent">
            <label htmlFor={`${id}-segment-name`} className="ct-label">
              Segment
            </label>
            <select id={`${id}-segment-name`} className="ct-select" value={audience.segment} onChange={(event) => onChange({ ...audience, segment: event.currentTarget.value })}>
              {SEGMENTS.map((segment) => (
                <option key={segment}>{segment}</option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <fieldset className="ct-radio-group">
        <legend className="ct-label">User behavior</legend>
        <div className="ct-radio">
          <input
            type="radio"
            id={`${id}-live`}
            name={`${id}-behavior`}
            checked={audience.behavior === 'live'}
            onChange={() => onChange({ ...audience, behavior: 'live', event: audience.event ?? events[0] ?? null })}
          />
          <label htmlFor={`${id}-live`}>Live behavior</label>
        </div>
        <div className="ct-radio">
          <input
            type="radio"
            id={`${id}-past`}
            name={`${id}-behavior`}
            checked={audience.behavior === 'past'}
            onChange={() => onChange({ ...audience, behavior: 'past', event: null })}
          />
          <label htmlFor={`${id}-past`}>Past behavior</label>
        </div>
        {audience.behavior === 'live' && (
          <div className="ct-field ct-indent">
            <label htmlFor={`${id}-event`} className="ct-label">
              Qualifying event
            </label>
            <select id={`${id}-event`} className="ct-select" value={audience.event ?? ''} onChange={(event) => onChange({ ...audience, event: event.currentTarget.value })}>
              {events.map((event) => (
                <option key={event}>{event}</option>
              ))}
            </select>
          </div>
        )}
        <p className="ct-help">Event properties can be used in the message only with live behavior.</p>
      </fieldset>
    </div>
  );
}

export function ScheduleFields({ id, schedule, onChange }: { id: string; schedule: Schedule; onChange: (schedule: Schedule) => void }) {
  return (
    <fieldset className="ct-radio-group ct-radio-group--inline">
      <legend className="ct-sr-only">Delivery time</legend>
      <div className="ct-radio">
        <input type="radio" id={`${id}-now`} name={`${id}-when`} checked={schedule.when === 'now'} onChange={() => onChange({ when: 'now', at: null })} />
        <label htmlFor={`${id}-now`}>Now</label>
      </div>
      <div className="ct-radio">
        <input
          type="radio"
          id={`${id}-later`}
          name={`${id}-when`}
          checked={schedule.when === 'later'}
          onChange={() => onChange({ when: 'later', at: schedule.at ?? new Date(Date.now() + 86_400_000).toISOString().slice(0, 16) })}
        />
        <label htmlFor={`${id}-later`}>Later</label>
      </div>
      {schedule.when === 'later' && (
        <div className="ct-field ct-inline-field">
          <label htmlFor={`${id}-at`} className="ct-label">
            Send at
          </label>
          <input id={`${id}-at`} type="datetime-local" className="ct-input" value={schedule.at ?? ''} onChange={(event) => onChange({ when: 'later', at: event.currentTarget.value })} />
        </div>
      )}
    </fieldset>
  );
}
