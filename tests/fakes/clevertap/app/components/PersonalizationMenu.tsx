/** The small menu typing @ opens in a value input: profile properties, and event properties for live behavior. */
import type { Scalar } from '../../sample-data';

export interface PersonalizationSource {
  profileProperties: string[];
  /** The qualifying event of a live-behavior audience; null when event properties are unavailable. */
  event: { name: string; properties: Record<string, Scalar> } | null;
}

export interface PersonalizationOption {
  id: string;
  group: 'profile' | 'event';
  label: string;
  token: string;
}

export function personalizationOptions(source: PersonalizationSource, query: string): PersonalizationOption[] {
  const all: PersonalizationOption[] = source.profileProperties.map((property) => ({
    id: `profile-${property}`,
    group: 'profile',
    label: property,
    token: `@Profile - ${property}`,
  }));
  if (source.event) {
    const eventName = source.event.name;
    for (const property of Object.keys(source.event.properties)) {
      all.push({ id: `event-${property}`, group: 'event', label: property, token: `@${eventName} - ${property}` });
    }
  }
  const wanted = query.trim().toLowerCase();
  return wanted ? all.filter((option) => option.label.toLowerCase().includes(wanted)) : all;
}

interface MenuProps {
  id: string;
  options: PersonalizationOption[];
  active: number;
  eventName: string | undefined;
  onChoose: (option: PersonalizationOption) => void;
}

export function PersonalizationMenu({ id, options, active, eventName, onChoose }: MenuProps) {
  const groups: { key: PersonalizationOption['group']; title: string }[] = [
    { key: 'profile', title: 'Profile properties' },
    { key: 'event', title: `Event properties (${eventName ?? ''})` },
  ];
  return (
    <div className="ct-personalize" role="listbox" id={id} aria-label="Personalization">
      {groups.map((group) => {
        const items = options.filter((option) => option.group === group.key);
        if (!items.length) return null;
        return (
          <div role="group" aria-label={group.title} key={group.key} className="ct-personalize__group">
            <div className="ct-personalize__heading" aria-hidden="true">
              {group.title}
            </div>
            {items.map((option) => (
              <div
                key={option.id}
                id={`${id}-${option.id.replace(/\W+/g, '-')}`}
                role="option"
                aria-selected={options.indexOf(option) === active}
                className="ct-personalize__option"
                // Keeps focus (and the caret) in the value input while choosing.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onChoose(option)}
              >
                {option.label}
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}

export const optionElementId = (menuId: string, option: PersonalizationOption) => `${menuId}-${option.id.replace(/\W+/g, '-')}`;
