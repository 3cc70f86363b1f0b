import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/ui/theme.css';
import './popup.css';
import { adoptPreviewStyles } from '../shared/preview';
import { Popup } from './Popup';

// The preview's styles are a string (the picker injects the same into its shadow root).
adoptPreviewStyles(document);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
