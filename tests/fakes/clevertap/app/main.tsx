import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Layout } from './components/Layout';
import { LoginPage } from './pages/LoginPage';
import { useLocation } from './router';
import { resolveRoute } from './routes';
import './styles.css';

function App() {
  const { pathname } = useLocation();
  if (pathname === '/' || pathname === '/login.html') return <LoginPage />;
  const { section, element } = resolveRoute(pathname);
  // Keyed by path so moving between records (new -> saved) starts from fresh state.
  return (
    <Layout section={section}>
      <div key={pathname}>{element}</div>
    </Layout>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
