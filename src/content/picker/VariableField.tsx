import { parseTypedSource, type BodyMode, type VariableSource } from '../../shared/payload-contract';
import type { TemplateVariable } from '../../shared/template';
import { Field } from '../../shared/ui/Field';
import { t, type MessageKey } from '../../shared/i18n';

interface Props {
  variable: TemplateVariable;
  source: VariableSource;
  mode: BodyMode;
  error: string | undefined;
  /** Campaigns offer event properties only with live behavior. */
  eventsAvailable: boolean;
  /** The campaign's qualifying event, to prefill an event source. */
  defaultEvent: string;
  onChange(source: VariableSource): void;
}

const SOURCE_LABELS: Record<VariableSource['kind'], MessageKey> = {
  text: 'picker_sourceText',
  profile: 'picker_sourceProfile',
  event: 'picker_sourceEvent',
};

const PLACEHOLDERS: Record<VariableSource['kind'], MessageKey> = {
  text: 'picker_placeholderText',
  profile: 'picker_placeholderProfile',
  event: 'picker_placeholderEvent',
};

/**
 * One template variable. Its main field is named by the variable's key; the
 * source decides whether that field holds text or a property name.
 */
export function VariableField({ variable, source, mode, error, eventsAvailable, defaultEvent, onChange }: Props) {
  const mainValue = source.kind === 'text' ? source.text : source.property;

  const changeKind = (kind: VariableSource['kind']) => {
    if (kind === source.kind) return;
    if (kind === 'text') onChange({ kind: 'text', text: '' });
    else if (kind === 'profile') onChange({ kind: 'profile', property: source.kind === 'event' ? source.property : '', fallback: '' });
    else onChange({ kind: 'event', event: mode === 'key-value' ? defaultEvent : '', property: source.kind === 'profile' ? source.property : '' });
  };

  const changeMain = (value: string) => {
    if (source.kind === 'text') return onChange({ kind: 'text', text: value });
    const typed = parseTypedSource(value);
    onChange(typed.kind !== 'text' ? typed : { ...source, property: value });
  };

  const hint = [
    variable.label && variable.label !== variable.name ? variable.label : null,
    variable.type ? t('picker_variableType', variable.type) : null,
    source.kind === 'event' ? t('picker_eventLiveOnly') : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Field label={variable.name} labelClassName="variable-name" className="variable" hint={hint} error={error}>
      {(control) => (
        <div className="variable-controls">
          <select
            aria-label={t('picker_sourceLabel')}
            aria-describedby={control['aria-describedby']}
            value={source.kind}
            onChange={(event) => changeKind(event.target.value as VariableSource['kind'])}
          >
            {(Object.keys(SOURCE_LABELS) as VariableSource['kind'][]).map((kind) => (
              <option key={kind} value={kind} disabled={kind === 'event' && !eventsAvailable && source.kind !== 'event'}>
                {kind === 'event' && !eventsAvailable ? t('picker_sourceEventUnavailable', t(SOURCE_LABELS[kind])) : t(SOURCE_LABELS[kind])}
              </option>
            ))}
          </select>
          <input
            {...control}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={mainValue}
            placeholder={t(PLACEHOLDERS[source.kind])}
            onChange={(event) => changeMain(event.target.value)}
          />
          {source.kind === 'profile' ? (
            <SideInput label={t('picker_default')} placeholder={t('picker_defaultPlaceholder')} value={source.fallback} onChange={(fallback) => onChange({ ...source, fallback })} />
          ) : null}
          {source.kind === 'event' && mode === 'key-value' ? (
            <SideInput label={t('picker_event')} placeholder={t('picker_eventPlaceholder')} value={source.event} onChange={(event) => onChange({ ...source, event })} />
          ) : null}
        </div>
      )}
    </Field>
  );
}

/** A second input of a variable (a profile default, an event name), named by its aria-label. */
function SideInput({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange(value: string): void }) {
  return <input type="text" aria-label={label} placeholder={placeholder} autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} />;
}
