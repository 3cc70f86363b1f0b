import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PageKind } from '../clevertap/labels';
import { WebhookEditorDom } from '../clevertap/webhook-editor-dom';
import pickerCss from './picker.css?inline';
import { previewCss } from '../../shared/preview';
import { paletteCss } from '../../shared/ui/palette';
import { Picker } from './Picker';
import { createPickerStore } from './picker-store';

export interface MountOptions {
  dialog: HTMLElement;
  host: HTMLElement;
  pageKind: PageKind;
  signal: AbortSignal;
  /** The background's unvalidated reply to a templates.list sent by the loader. */
  catalogue?: Promise<unknown>;
}

// Keys typed in our fields must not reach CleverTap's shortcuts and dialog handlers.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'paste', 'copy', 'cut'] as const;

/**
 * Renders the picker into an open shadow root on `host`, so CleverTap's styles
 * and ours never meet; everything is torn down when `signal` aborts.
 */
export function mountPicker({ dialog, host, pageKind, signal, catalogue }: MountOptions): void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${paletteCss}\n${previewCss}\n${pickerCss}`;
  const container = document.createElement('div');
  shadow.replaceChildren(style, container);

  for (const type of ISOLATED_EVENTS) {
    host.addEventListener(
      type,
      (event) => {
        // Let an unhandled Escape and Tab through: the dialog's own close and focus trap need them.
        if (event instanceof KeyboardEvent && (event.key === 'Tab' || (event.key === 'Escape' && !event.defaultPrevented))) return;
        event.stopPropagation();
      },
      { signal },
    );
  }

  host.dataset.theme = isDark(dialog) ? 'dark' : 'light';
  const editor = new WebhookEditorDom(dialog);
  const store = createPickerStore(editor, catalogue);
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <Picker store={store} editor={editor} pageKind={pageKind} />
    </StrictMode>,
  );
  signal.addEventListener('abort', () => root.unmount(), { once: true });
}

/** Whether the dialog we sit in is drawn dark: its first opaque background, by luminance. */
function isDark(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  // Nothing painted: the browser's canvas, which is dark only if the page opts in.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return scheme.includes('dark') && (!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
}
