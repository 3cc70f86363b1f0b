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

// Ask for the list and setup.status now, before the first render: a configured popup needs both, and
// asking from the first render's effects waited for React to load and render first. Unconfigured, the list's answer is not shown.
usePopupStore.getState().startTemplates();
usePopupStore.getState().startSetup();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
