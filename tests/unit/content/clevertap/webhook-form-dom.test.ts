import { afterEach, describe, expect, it, vi } from 'vitest';
import { existingWebhookNames, fillWebhookForm, openWebhookFormName, type WebhookDraft } from '../../../../src/content/clevertap/webhook-form-dom';
import { EditorLayoutError } from '../../../../src/content/clevertap/editor-port';
import { installTextXPath } from '../../support/text-xpath';

installTextXPath();

const draft: WebhookDraft = { name: 'Sendbird single', method: 'POST', url: 'https://hooks.example/sendbird', headerName: 'Authorization', headerValue: 'Bearer tok' };

/** CleverTap's Webhooks settings page, in plain DOM: "+ Add Webhook" opens the Create webhook template panel. */
function settingsPage(options: { open?: boolean; headerRows?: Array<[string, string]>; name?: string; noAuthChecked?: boolean; removeAddHeader?: boolean } = {}) {
  document.body.innerHTML = `
    <main>
      <ul class="list"><li>Existing hook</li><li>Sendbird multi</li></ul>
      <button type="button" class="add-webhook">+ Add Webhook</button>
    </main>`;
  const log: string[] = [];
  const openPanel = () => {
    const panel = document.createElement('div');
    panel.setAttribute('role', 'dialog');
    panel.innerHTML = `
      <h2>Create webhook template</h2>
      <label>Name <input class="name" value="${options.name ?? ''}"></label>
      <label>Method <select class="method"><option value="get">GET</option><option value="post">POST</option></select></label>
      <label>Destination URL <input class="url"></label>
      <label><input type="radio" name="auth" class="basic" checked> Basic authentication</label>
      <label><input type="radio" name="auth" class="none" ${options.noAuthChecked ? 'checked' : ''}> No authentication</label>
      <section class="headers"><h3>Headers</h3><div class="rows"></div>${options.removeAddHeader ? '' : '<button type="button" class="add-header">+ Key-Value Pair</button>'}</section>
      <button type="button">Create</button>`;
    const rows = panel.querySelector('.rows')!;
    const addRow = (key = '', value = '') => {
      rows.insertAdjacentHTML('beforeend', `<div class="row"><input class="k" value="${key}"><input class="v" value="${value}"><button type="button" aria-label="Delete">×</button></div>`);
    };
    for (const [k, v] of options.headerRows ?? [['', '']]) addRow(k, v);
    panel.querySelector('.add-header')?.addEventListener('click', () => {
      log.push('add header');
      addRow();
    });
    panel.querySelector('.none')!.addEventListener('click', () => log.push('no auth'));
    panel.addEventListener('input', (event) => log.push(`input ${(event.target as HTMLElement).className}`));
    document.body.append(panel);
    return panel;
  };
  document.querySelector('.add-webhook')!.addEventListener('click', () => {
    log.push('add webhook');
    openPanel();
  });
  if (options.open) openPanel();
  const panel = () => document.querySelector<HTMLElement>('[role="dialog"]')!;
  const value = (selector: string) => panel().querySelector<HTMLInputElement | HTMLSelectElement>(selector)!.value;
  const headers = () => [...panel().querySelectorAll('.row')].map((row) => [row.querySelector<HTMLInputElement>('.k')!.value, row.querySelector<HTMLInputElement>('.v')!.value]);
  return { log, panel, value, headers };
}

afterEach(() => vi.useRealTimers());

describe('existing webhooks', () => {
  it('are the names listed on the page, not those inside an open form', () => {
    settingsPage();
    document.body.insertAdjacentHTML('beforeend', '<form><span>Sendbird single</span></form><div hidden>Other</div>');
    expect(existingWebhookNames(['Sendbird single', 'Sendbird multi', 'Other', 'Missing'])).toEqual(new Set(['Sendbird multi']));
  });
});

describe('filling the Create webhook template form', () => {
  it('opens the form with + Add Webhook and fills it, never pressing Create', async () => {
    const page = settingsPage();
    const create = vi.fn();
    document.addEventListener('click', (event) => {
      if ((event.target as HTMLElement).textContent === 'Create') create();
    });
    const headerValue = await fillWebhookForm(draft);
    expect(page.log[0]).toBe('add webhook');
    expect(page.value('.name')).toBe('Sendbird single');
    expect(page.value('.method')).toBe('post');
    expect(page.value('.url')).toBe('https://hooks.example/sendbird');
    expect(page.panel().querySelector<HTMLInputElement>('.none')!.checked).toBe(true);
    expect(page.headers()).toEqual([['Authorization', 'Bearer tok']]);
    expect(headerValue).toBe(page.panel().querySelector('.row .v'));
    expect(page.log).toContain('input name');
    expect(create).not.toHaveBeenCalled();
  });

  it('uses a form already open for the same webhook, and updates its header row; without a token, the value there stays', async () => {
    const page = settingsPage({ open: true, name: ' sendbird single ', headerRows: [['X-Other', 'keep'], ['authorization', 'old']], noAuthChecked: true });
    const { headerValue: _token, ...withoutToken } = draft;
    await fillWebhookForm(withoutToken);
    expect(page.log).not.toContain('add webhook');
    expect(page.log).not.toContain('no auth');
    // A value the marketer pasted is theirs: only the popup's fill writes the token.
    expect(page.headers()).toEqual([['X-Other', 'keep'], ['Authorization', 'old']]);
  });

  it('adds a header row when none is free', async () => {
    const page = settingsPage({ open: true, headerRows: [['X-Other', 'keep']] });
    await fillWebhookForm(draft);
    expect(page.log).toContain('add header');
    expect(page.headers()).toEqual([['X-Other', 'keep'], ['Authorization', 'Bearer tok']]);
  });

  it('never touches a form that holds another webhook', async () => {
    const page = settingsPage({ open: true, name: 'Marketing hook' });
    await expect(fillWebhookForm(draft)).rejects.toThrow('The open form already holds "Marketing hook". Finish or cancel it first.');
    expect(page.value('.name')).toBe('Marketing hook');
    expect(page.value('.url')).toBe('');
  });

  it('says what is missing', async () => {
    document.body.innerHTML = '<main><p>No webhooks here</p></main>';
    await expect(fillWebhookForm(draft)).rejects.toThrow('The "+ Add Webhook" button was not found on this page.');

    settingsPage({ open: true, removeAddHeader: true });
    await expect(fillWebhookForm(draft)).rejects.toThrow('The Headers "+ Key-Value Pair" button was not found.');

    settingsPage({ open: true });
    document.querySelector('.url')!.closest('label')!.remove();
    await expect(fillWebhookForm(draft)).rejects.toThrow(EditorLayoutError);
  });

  it('says so when + Add Webhook opens nothing', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><button type="button">+ Add Webhook</button></main>';
    const failed = expect(fillWebhookForm(draft)).rejects.toThrow('"+ Add Webhook" did not open the Create webhook template form.');
    await vi.advanceTimersByTimeAsync(3_100);
    await failed;
  });

  it('finds the method by its POST option when it has no label', async () => {
    const page = settingsPage({ open: true });
    const method = page.panel().querySelector('select')!;
    method.closest('label')!.replaceWith(method);
    await fillWebhookForm(draft);
    expect(method.value).toBe('post');
  });
});

describe('the open form', () => {
  it('gives the Name typed in the open form, trimmed; null with no form shown; empty with no Name field', () => {
    settingsPage();
    expect(openWebhookFormName()).toBeNull();
    settingsPage({ open: true, name: '  Sendbird single ' });
    expect(openWebhookFormName()).toBe('Sendbird single');
    document.querySelector<HTMLElement>('[role="dialog"]')!.hidden = true;
    expect(openWebhookFormName()).toBeNull();
    settingsPage({ open: true });
    document.querySelector('.name')!.closest('label')!.remove();
    expect(openWebhookFormName()).toBe('');
  });

  it('opens a new form when the only one on the page is hidden', async () => {
    const page = settingsPage({ open: true });
    const hidden = page.panel();
    hidden.hidden = true;
    await fillWebhookForm(draft);
    expect(page.log).toContain('add webhook');
    expect(hidden.querySelector<HTMLInputElement>('.name')!.value).toBe('');
  });
});

describe('filling, edges', () => {
  it('says which fields are missing', async () => {
    settingsPage({ open: true });
    document.querySelector('.url')!.closest('label')!.remove();
    await expect(fillWebhookForm(draft)).rejects.toThrow('The Name and Destination URL fields were not found.');
  });

  it('takes a Name of only spaces as empty, and names a busy form without its spaces', async () => {
    const blank = settingsPage({ open: true, name: '   ' });
    await fillWebhookForm(draft);
    expect(blank.value('.name')).toBe('Sendbird single');
    settingsPage({ open: true, name: '  Marketing hook ' });
    await expect(fillWebhookForm(draft)).rejects.toThrow('The open form already holds "Marketing hook".');
  });

  it('finds an unlabelled method by its POST option, past another unlabelled select', async () => {
    const page = settingsPage({ open: true });
    const method = page.panel().querySelector('select')!;
    method.closest('label')!.replaceWith(method);
    method.insertAdjacentHTML('beforebegin', '<select class="content-type"><option value="json">application/json</option></select>');
    await fillWebhookForm(draft);
    expect(method.value).toBe('post');
    expect(page.value('.content-type')).toBe('json');
  });

  it('fills a form without a method choice, and leaves a method list without the draft’s method alone', async () => {
    const page = settingsPage({ open: true });
    page.panel().querySelector('select')!.closest('label')!.remove();
    await fillWebhookForm(draft);
    expect(page.value('.url')).toBe(draft.url);

    const other = settingsPage({ open: true });
    const method = other.panel().querySelector('select')!;
    method.innerHTML = '<option value="get">GET</option><option value="put">PUT</option>';
    await fillWebhookForm(draft);
    expect(method.value).toBe('get');
    expect(other.value('.url')).toBe(draft.url);
  });

  it('does not take a header row with a key but no value as free', async () => {
    const page = settingsPage({ open: true, headerRows: [['X-Trace', '']] });
    await fillWebhookForm(draft);
    expect(page.headers()).toEqual([['X-Trace', ''], ['Authorization', 'Bearer tok']]);
  });

  it.each([
    ['the method', '<label>Method <select class="method"><option>POST</option></select></label><label>Timeout <input class="timeout"></label>', ''],
    ['No authentication', '', '<label><input type="radio" name="a" class="none"> No authentication</label><label>Username <input class="user"></label><label>Password <input class="pass"></label>'],
  ])('keeps the fields beside %s out of the header rows', async (_name, methodBlock, authBlock) => {
    document.body.innerHTML = `
      <div role="dialog"><h2>Create webhook template</h2>
        <div class="top"><label>Name <input class="name"></label><label>Destination URL <input class="url"></label></div>
        <div class="middle">${methodBlock}${authBlock}
          <div class="h"><section class="headers"><div class="rows"><div class="row"><input class="k"><input class="v"></div></div><button type="button">+ Key-Value Pair</button></section></div>
        </div>
      </div>`;
    await fillWebhookForm(draft);
    const row = document.querySelector('.row')!;
    expect([row.querySelector<HTMLInputElement>('.k')!.value, row.querySelector<HTMLInputElement>('.v')!.value]).toEqual(['Authorization', 'Bearer tok']);
    for (const other of document.querySelectorAll<HTMLInputElement>('.timeout, .user, .pass')) expect(other.value).toBe('');
  });
});
