import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TemplateCombobox } from '../../../src/content/picker/TemplateCombobox';
import type { TemplateSummary } from '../../../src/shared/protocol';

const summary = (key: string, name: string, archived = false): TemplateSummary => ({ key, name, updatedAt: 1, archived, variables: [] });
const TEMPLATES = [
  summary('welcome_offer', 'Welcome offer'),
  summary('order_shipped', 'Order shipped'),
  summary('cafe_promo', 'Café promo'),
  summary('old_sale', 'Old sale', true),
];

function setup(selectedKey: string | null = null) {
  const onSelect = vi.fn();
  render(<TemplateCombobox templates={TEMPLATES} selectedKey={selectedKey} selectedName={TEMPLATES.find((t) => t.key === selectedKey)?.name ?? null} error={undefined} onSelect={onSelect} />);
  return { onSelect, combobox: screen.getByRole('combobox', { name: 'Template' }) };
}

describe('Template combobox', () => {
  it('lists templates by name (archived ones hidden) when opened', async () => {
    const { combobox } = setup();
    expect(combobox.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(combobox);
    expect(combobox.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Welcome offerwelcome_offer', 'Order shippedorder_shipped', 'Café promocafe_promo']);
    expect(screen.getByRole('option', { name: 'Order shipped' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Old sale' })).toBeNull();
  });

  it('searches names and keys, tolerant of accents, and picks with the keyboard', async () => {
    const { combobox, onSelect } = setup();
    await userEvent.type(combobox, 'cafe');
    expect(screen.getAllByRole('option').map((option) => option.getAttribute('aria-label') ?? option.querySelector('.option-name')?.textContent)).toEqual(['Café promo']);
    expect(screen.getByRole('option', { name: 'Café promo' }).querySelector('mark')?.textContent).toBe('Caf\u00e9'.slice(0, 4));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('cafe_promo');
    expect(combobox.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves the active option with the arrow keys and says when nothing matches', async () => {
    const { combobox, onSelect } = setup();
    await userEvent.click(combobox);
    // The first match is active as soon as the list opens; Enter would pick it.
    expect(combobox.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Welcome offer' }).id);
    await userEvent.keyboard('{ArrowDown}');
    expect(combobox.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Order shipped' }).id);
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('order_shipped');
    await userEvent.clear(combobox);
    await userEvent.type(combobox, 'zzzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/No template matches/)).toBeTruthy();
  });

  it('Escape closes the list and gives back the chosen name', async () => {
    const { combobox } = setup('welcome_offer');
    expect((combobox as HTMLInputElement).value).toBe('Welcome offer');
    await userEvent.type(combobox, 'ord');
    await userEvent.keyboard('{Escape}');
    expect(combobox.getAttribute('aria-expanded')).toBe('false');
    expect((combobox as HTMLInputElement).value).toBe('Welcome offer');
  });

  it('renders the first matches of a search and more as the active option moves on, saying how many are left', async () => {
    const many = Array.from({ length: 60 }, (_, i) => summary(`t_${String(i).padStart(2, '0')}`, `Template ${i}`));
    render(<TemplateCombobox templates={many} selectedKey={null} selectedName={null} error={undefined} onSelect={() => {}} />);
    const combobox = screen.getByRole('combobox', { name: 'Template' });
    // Opened without a query: every option a search keeps (once, not per keystroke).
    await userEvent.click(combobox);
    expect(screen.getAllByRole('option')).toHaveLength(50);
    // Searching: the first ones, and how many more there are.
    await userEvent.type(combobox, 'templ');
    expect(screen.getAllByRole('option')).toHaveLength(12);
    expect(screen.getByText('48 more: keep typing to narrow down.')).toBeTruthy();
    // Past the last rendered option: the next one is rendered, active and announced.
    for (let i = 0; i < 12; i++) await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(12);
    expect(combobox.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[12]!.id);
    // Up from the first wraps to the last of the 50 a search keeps.
    await userEvent.clear(combobox);
    await userEvent.type(combobox, 'template');
    expect(screen.getAllByRole('option')).toHaveLength(12);
    await userEvent.keyboard('{ArrowUp}');
    expect(combobox.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[49]!.id);
    expect(screen.getByText('10 more: keep typing to narrow down.')).toBeTruthy();
  });
});
