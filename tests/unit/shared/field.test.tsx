import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Field } from '../../../src/shared/ui/Field';
import { SecretInput } from '../../../src/shared/ui/SecretInput';

describe('Field', () => {
  it('labels its control and describes it by the hint', () => {
    render(<Field label="App ID" hint="A UUID.">{(control) => <input {...control} />}</Field>);
    const input = screen.getByRole('textbox', { name: 'App ID' });
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual(['A UUID.']);
  });

  it('marks the control invalid and describes it by the error first, then the hint', () => {
    render(<Field label="App ID" hint="A UUID." error="This does not look like an App ID.">{(control) => <input {...control} />}</Field>);
    const input = screen.getByRole('textbox', { name: 'App ID' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual([
      'This does not look like an App ID.',
      'A UUID.',
    ]);
  });

  it('describes nothing when there is neither hint nor error, and keeps a given id', () => {
    render(<Field label="Template" id="field-template">{(control) => <input {...control} />}</Field>);
    const input = screen.getByRole('textbox', { name: 'Template' });
    expect(input.id).toBe('field-template');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('SecretInput', () => {
  it('hides the secret until Show is pressed, and hides it again', async () => {
    const user = userEvent.setup();
    render(<Field label="API token">{(control) => <SecretInput {...control} defaultValue="s3cret" />}</Field>);
    const input = screen.getByLabelText('API token');
    const toggle = screen.getByRole('button', { name: 'Show' });
    expect(input.getAttribute('type')).toBe('password');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(input.id);
    await user.click(toggle);
    expect(input.getAttribute('type')).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(input.getAttribute('type')).toBe('password');
  });
});
