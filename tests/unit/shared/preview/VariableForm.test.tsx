import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TemplatePreview } from '../../../../src/shared/preview/TemplatePreview';
import { VariableForm } from '../../../../src/shared/preview/VariableForm';
import { sampleValues } from '../../../../src/shared/preview/variables';
import type { Template } from '../../../../src/shared/template';
import { seedTemplate } from './helpers';
import { useLocale } from '../../support/fake-i18n';

function Editor({ template }: { template: Template }) {
  const [values, setValues] = useState(() => sampleValues(template));
  return (
    <>
      <TemplatePreview template={template} values={values} appearance="light" />
      <VariableForm variables={template.variables} values={values} onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))} onReset={() => setValues(sampleValues(template))} />
    </>
  );
}

describe('VariableForm', () => {
  it('lists every variable, labelled and prefilled with a sample value', () => {
    render(<Editor template={seedTemplate('payment_failed')} />);
    const form = screen.getByRole('group', { name: 'Variables' });
    const fields = within(form).getAllByRole('textbox');
    expect(fields.map((field) => (field as HTMLInputElement).value)).toEqual(['Ada', '$42.00', 'USD', '4242', 'https://example.com/update']);
    expect(screen.getByLabelText('first_name')).toHaveProperty('value', 'Ada');
    // Color variables are not send-time variables.
    expect(screen.queryByLabelText('alert_color')).toBeNull();
  });

  it('uses the declared label of v2 variables', () => {
    render(<Editor template={seedTemplate('otp_sms_fallback')} />);
    expect(screen.getByLabelText('Verification code (otp_code)')).toHaveProperty('value', '482913');
  });

  it('updates the preview on every keystroke', async () => {
    const user = userEvent.setup();
    render(<Editor template={seedTemplate('welcome_offer')} />);
    const preview = screen.getByRole('region', { name: /Preview/ });
    const field = screen.getByLabelText('first_name');
    await user.clear(field);
    await user.type(field, 'Gr');
    expect(preview.textContent).toContain('Welcome, Gr!');
    await user.type(field, 'ace');
    expect(preview.textContent).toContain('Welcome, Grace!');
  });

  it('marks an emptied variable in the form and in the preview, and can restore the samples', async () => {
    const user = userEvent.setup();
    render(<Editor template={seedTemplate('welcome_offer')} />);
    const field = screen.getByLabelText('first_name');
    await user.clear(field);
    expect(field.getAttribute('data-empty')).toBe('true');
    expect(field.closest('.sbp-field')?.classList.contains('sbp-field-empty')).toBe(true);
    const hint = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Empty The preview shows {first_name}.');
    expect(screen.getByText('1 of 2 variables are empty.')).toBeTruthy();
    const preview = screen.getByRole('region', { name: /Preview/ });
    expect(preview.querySelector('mark.sbp-unfilled')?.textContent).toBe('{first_name}');

    await user.click(screen.getByRole('button', { name: 'Use sample values' }));
    expect(field).toHaveProperty('value', 'Ada');
    expect(preview.querySelector('mark.sbp-unfilled')).toBeNull();
  });

  it('says when there is nothing to fill', () => {
    render(<VariableForm variables={[]} values={{}} onChange={vi.fn()} />);
    expect(screen.getByText('This template has no variables.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('where a variable is used, listed as the UI language lists', () => {
  const variable = { name: 'first_name', locations: ['text', 'button'] } as Template['variables'][number];
  for (const [locale, language, expected] of [
    ['en', 'en-US', 'Used in text, button.'],
    ['ko', 'ko', '사용 위치: 텍스트, 버튼.'],
    ['ja', 'ja', '使用箇所: テキスト、ボタン。'],
  ] as const) {
    it(locale, () => {
      const stop = useLocale(locale, language);
      try {
        render(<VariableForm variables={[variable]} values={{ first_name: 'Ada' }} onChange={() => {}} />);
        expect(document.querySelector('.sbp-field-hint')?.textContent).toBe(expected);
      } finally {
        stop();
      }
    });
  }
});
