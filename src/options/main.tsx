import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/ui/theme.css';
import './options.css';
import { adoptStyles } from '../shared/ui/adopt-styles';
import { paletteCss } from '../shared/ui/palette';
import { OptionsPage } from './OptionsPage';

adoptStyles(document, paletteCss);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage />
  </StrictMode>,
);
