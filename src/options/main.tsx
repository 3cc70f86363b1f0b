import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/ui/theme.css';
import './options.css';
import { adoptStyles } from '../shared/ui/adopt-styles';
import { uiLanguage } from '../shared/i18n';
import { paletteCss } from '../shared/ui/palette';
import { OptionsPage } from './OptionsPage';

adoptStyles(document, paletteCss);

// The page speaks the browser's language (its messages are Chrome's pick): say so to screen readers and fonts.
document.documentElement.lang = uiLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage />
  </StrictMode>,
);
