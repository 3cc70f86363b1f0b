import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Layout } from './components/Layout';
import { LoginPage } from './pages/LoginPage';
import { useLocation } from './router';
import { framesPath, isEmbedded } from './frame-mode';
import { resolveRoute } from './routes';
import './styles.css';

function App() {
  const { pathname, search } = useLocation();
  if (pathname === '/' || pathname === '/login.html') return <LoginPage />;
  const { section, element } = resolveRoute(pathname);
  // Frame mode: the page inside the shell's frame has no shell of its own...
  if (isEmbedded()) return <div key={pathname}>{element}</div>;
  // ...and the shell hosts it in a same-origin frame.
  if (framesPath(pathname)) {
    return (
      <Layout section={section}>
        <iframe key={pathname} className="ct-page-frame" title="CleverTap page" src={`${pathname}${search}`} />
      </Layout>
    );
  }
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
