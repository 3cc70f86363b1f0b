import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/ui/theme.css';
import './popup.css';
import { previewCss } from '../shared/preview';
import { adoptStyles } from '../shared/ui/adopt-styles';
import { uiLanguage } from '../shared/i18n';
import { paletteCss } from '../shared/ui/palette';
import { Popup } from './Popup';
import { usePopupStore } from './store';

// The palette and the preview's styles are strings: the picker puts the same into its shadow root.
adoptStyles(document, paletteCss, previewCss);

// The page speaks the browser's language (its messages are Chrome's pick): say so to screen readers and fonts.
document.documentElement.lang = uiLanguage();

// Ask for the list now, beside the Popup's setup.status: a configured popup needs both, and
// waiting for one before the other cost a round trip to the worker. Unconfigured, the answer is not shown.
usePopupStore.getState().startTemplates();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
