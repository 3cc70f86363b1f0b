import { useTitle } from '../hooks';
import { paths } from '../paths';
import { Link } from '../router';

/** Unknown routes render inside the dashboard chrome, as SPAs do, with HTTP 200. */
export function NotFoundPage() {
  useTitle('Page not found');
  return (
    <div className="ct-page ct-not-found">
      <h1 className="ct-page__title">Page not found</h1>
      <p className="ct-muted">The page you are looking for does not exist or has moved.</p>
      <Link to={paths.home} className="ct-button ct-button--primary">
        Go to Home
      </Link>
    </div>
  );
}
