import { StrictMode } from 'react';
import { uiLanguage } from '../../shared/i18n';
import { createRoot } from 'react-dom/client';
import type { PageKind } from '../clevertap/labels';
import { WebhookEditorDom } from '../clevertap/webhook-editor-dom';
import pickerCss from './picker.css?inline';
import { previewCss } from '../../shared/preview';
import { paletteCss } from '../../shared/ui/palette';
import { Picker } from './Picker';
import { followPageTheme } from '../dom/theme';
import { createPickerStore } from './picker-store';

// The loader asks which list this file holds before mounting another picker (src/content/features/webhook-editor.ts),
// and warms the first open's code up on intent.
export { heldListVersion } from '../../shared/catalogue-list';
export { warmUp } from './warm-up';

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
  // CleverTap's page is English; the picker speaks the browser's language.
  container.lang = uiLanguage();
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

  followPageTheme(host, dialog);
  const editor = new WebhookEditorDom(dialog);
  const store = createPickerStore(editor, catalogue);
  // Before the first render: an answer already here (asked for on intent) is unpacked in this
  // task's microtasks, so the first render shows the list, not a loading state and a second render.
  void store.getState().loadCatalogue();
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <Picker store={store} editor={editor} pageKind={pageKind} />
    </StrictMode>,
  );
  signal.addEventListener('abort', () => root.unmount(), { once: true });
}
