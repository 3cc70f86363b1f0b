import { own } from '../../shared/own';
import { useState } from 'react';
import type { VariableSource } from '../../shared/payload-contract';
import { TemplatePreview, type Appearance } from '../../shared/preview';
import type { Template } from '../../shared/template';
import { t } from '../../shared/i18n';

/** What a value will look like before CleverTap fills in personalization. */
function previewValue(source: VariableSource | undefined): string {
  if (!source) return '';
  if (source.kind === 'text') return source.text;
  if (source.kind === 'profile') return source.fallback || (source.property ? `‹${source.property}›` : '');
  return source.property ? `‹${source.property}›` : '';
}

/** The chosen template as users will see it, with the values entered so far. */
export function CompactPreview({ template, variables }: { template: Template; variables: Record<string, VariableSource> }) {
  const [appearance, setAppearance] = useState<Appearance>('light');
  const values = Object.fromEntries(template.variables.map((variable) => [variable.name, previewValue(own(variables, variable.name))]));
  return (
    <details className="compact-preview" open>
      <summary>{t('picker_preview')}</summary>
      <div className="compact-preview-tools">
        <button type="button" className="link" aria-pressed={appearance === 'dark'} onClick={() => setAppearance(appearance === 'light' ? 'dark' : 'light')}>
          {appearance === 'light' ? t('picker_darkAppearance') : t('picker_lightAppearance')}
        </button>
      </div>
      <div className="compact-preview-frame">
        <TemplatePreview template={template} values={values} appearance={appearance} />
      </div>
    </details>
  );
}
