import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { getBridge } from './bridge';
import './styles/theme.css';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App bridge={getBridge()} />
    </StrictMode>,
  );
}
