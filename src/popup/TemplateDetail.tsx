import { own } from '../shared/own';
import { useEffect, useRef, useState } from 'react';
import { TemplatePreview } from '../shared/preview/TemplatePreview';
import { VariableForm } from '../shared/preview/VariableForm';
import type { Appearance } from '../shared/preview/variables';
import type { TemplateSummary } from '../shared/protocol';
import { relativeTime, t } from '../shared/i18n';
import { usePopupStore, type DetailState } from './store';

const EMPTY: Record<string, string> = {};

export function TemplateDetail({ detail, summary, onBack }: { detail: DetailState; summary?: TemplateSummary; onBack(): void }) {
  const appearance = usePopupStore((state) => state.appearance);
  const values = usePopupStore((state) => own(state.values, detail.key) ?? EMPTY);
  const setValue = usePopupStore((state) => state.setValue);
  const resetValues = usePopupStore((state) => state.resetValues);
  const setAppearance = usePopupStore((state) => state.setAppearance);
  const openTemplate = usePopupStore((state) => state.openTemplate);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const template = detail.status === 'ready' ? detail.template : undefined;
  const name = template?.name ?? summary?.name ?? detail.key;
  const archived = template?.archived ?? summary?.archived ?? false;
  const updatedAt = template?.updatedAt ?? summary?.updatedAt;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the heading each time another template opens.
  useEffect(() => headingRef.current?.focus(), [detail.key]);

  return (
    <section className="detail" aria-labelledby="detail-title">
      <div className="detail-bar">
        <button type="button" className="back-button" onClick={onBack} aria-label={t('popup_backToTemplates')}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
            <path fill="currentColor" d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z" />
          </svg>
          {t('popup_backLabel')}
        </button>
      </div>
      <h2 id="detail-title" className="detail-title" ref={headingRef} tabIndex={-1}>
        {name}
      </h2>
      <div className="detail-meta">
        <code className="detail-key">{detail.key}</code>
        <CopyKey value={detail.key} />
        {archived ? <span className="badge badge-archived">{t('common_archived')}</span> : null}
        {updatedAt ? <span className="muted small">{t('popup_detailUpdated', relativeTime(updatedAt))}</span> : null}
      </div>

      <AppearanceToggle value={appearance} onChange={setAppearance} />

      {detail.status === 'loading' ? (
        <p className="muted" role="status">
          {t('popup_loadingTemplate')}
        </p>
      ) : null}
      {detail.status === 'failed' ? (
        <div className="state state-error" role="alert">
          <p>{detail.failure.message}</p>
          <button type="button" className="primary" onClick={() => void openTemplate(detail.key)}>
            {t('common_tryAgain')}
          </button>
        </div>
      ) : null}
      {template ? (
        <>
          <TemplatePreview template={template} values={values} appearance={appearance} />
          <div className="detail-form">
            <VariableForm variables={template.variables} values={values} onChange={(variable, value) => setValue(template.key, variable, value)} onReset={() => resetValues(template.key)} />
          </div>
        </>
      ) : null}
    </section>
  );
}

function AppearanceToggle({ value, onChange }: { value: Appearance; onChange(value: Appearance): void }) {
  return (
    <fieldset className="segmented">
      <legend>{t('popup_previewAppearance')}</legend>
      {(['light', 'dark'] as const).map((option) => (
        <label key={option} className={value === option ? 'segmented-on' : undefined}>
          <input type="radio" name="preview-appearance" value={option} checked={value === option} onChange={() => onChange(option)} />
          {option === 'light' ? t('popup_light') : t('popup_dark')}
        </label>
      ))}
    </fieldset>
  );
}

function CopyKey({ value }: { value: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), 2_000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <>
      <button type="button" className="small-button" onClick={() => void copy()}>
        {status === 'copied' ? t('popup_copied') : t('popup_copyKey')}
      </button>
      <span className="visually-hidden" role="status">
        {status === 'copied' ? t('popup_keyCopied') : status === 'failed' ? t('popup_copyFailedStatus') : ''}
      </span>
      {status === 'failed' ? <span className="copy-failed">{t('popup_copyFailed')}</span> : null}
    </>
  );
}
